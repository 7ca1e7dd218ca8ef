package app.keystone.automation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One parameter of a rule type as the admin page renders its input: a typed value with bounds and a default. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ParamDef(String name, String label, String type, Integer min, Integer max,
                @JsonProperty("default") Object defaultValue) {

    static final String INTEGER = "integer";
    static final String BOOLEAN = "boolean";

    static ParamDef bool(String name, String label, boolean defaultValue) {
        return new ParamDef(name, label, BOOLEAN, null, null, defaultValue);
    }

    static ParamDef integer(String name, String label, int min, int max, int defaultValue) {
        return new ParamDef(name, label, INTEGER, min, max, defaultValue);
    }
}
