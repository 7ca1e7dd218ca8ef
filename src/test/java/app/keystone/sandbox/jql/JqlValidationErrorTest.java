package app.keystone.sandbox.jql;

import static app.keystone.sandbox.jql.JqlFixture.context;
import static app.keystone.sandbox.jql.JqlFixture.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Well-formed queries the site cannot answer: they parse, and binding them to the site fails with Jira's
 * validation message (no "Error in the JQL Query" prefix, no position).
 */
class JqlValidationErrorTest {

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("foo = bar", "Field 'foo' does not exist or you do not have permission to view it."),
                Arguments.of("cf[99999] = 1",
                        "Field 'cf[99999]' does not exist or you do not have permission to view it."),
                Arguments.of("\"Sprint points\" > 3",
                        "Field 'Sprint points' does not exist or you do not have permission to view it."),
                Arguments.of("project = XYZ", "The value 'XYZ' does not exist for the field 'project'."),
                Arguments.of("PROJECT in (WEB, nope)", "The value 'nope' does not exist for the field 'PROJECT'."),
                Arguments.of("project = 99999", "A value with ID '99999' does not exist for the field 'project'."),
                Arguments.of("statusCategory = Blocked",
                        "The value 'Blocked' does not exist for the field 'statusCategory'."),
                Arguments.of("key = foo", "The issue key 'foo' for field 'key' is invalid."),
                Arguments.of("parent in (WEB-1, -1)", "The issue key '-1' for field 'parent' is invalid."),
                Arguments.of("updated > foo()", "Unable to find JQL function 'foo()'."),
                Arguments.of("assignee in membersOf(\"jira-users\")",
                        "Unable to find JQL function 'membersOf(jira-users)'."),
                Arguments.of("status = currentUser()",
                        "A value provided by the function 'currentUser' is invalid for the field 'status'."),
                Arguments.of("created > currentUser()",
                        "A value provided by the function 'currentUser' is invalid for the field 'created'."),
                Arguments.of("assignee = now()",
                        "A value provided by the function 'now' is invalid for the field 'assignee'."),
                Arguments.of("updated > now(1)", "Function 'now' expected '0' arguments but received '1'."),
                Arguments.of("assignee = currentUser(x)",
                        "Function 'currentUser' expected '0' arguments but received '1'."),
                Arguments.of("project > WEB", "The operator '>' is not supported by the 'project' field."),
                Arguments.of("status ~ Done", "The operator '~' is not supported by the 'status' field."),
                Arguments.of("labels >= a", "The operator '>=' is not supported by the 'labels' field."),
                Arguments.of("status is EMPTY", "The operator 'is' is not supported by the 'status' field."),
                Arguments.of("status = EMPTY", "The field 'status' does not support searching for EMPTY values."),
                Arguments.of("key in (WEB-1, EMPTY)", "The field 'key' does not support searching for EMPTY values."),
                Arguments.of("due > EMPTY",
                        "The operator '>' does not support searching for EMPTY values on the field 'due'."),
                Arguments.of("status in Done", "Operator 'in' does not support the non-list value 'Done' for field"
                        + " 'status'."),
                Arguments.of("status = (Done, \"To Do\")", "Operator '=' does not support the list value"
                        + " '(Done, To Do)' for field 'status'."),
                Arguments.of("assignee is bob", "Operator 'is' does not support the non-empty value 'bob' for"
                        + " field 'assignee'."),
                Arguments.of("cf[10016] > lots", "Value 'lots' is invalid for the 'cf[10016]' field: it is neither"
                        + " a number nor a date."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void bindingRefusesWhatTheSiteCannotAnswer(String jql, String message) {
        assertThatCode(() -> JqlParser.parse(jql)).doesNotThrowAnyException();
        assertThat(error(jql)).isEqualTo(message);
    }

    @Test
    void validationHappensWhenBindingEvenInsideNotAndOr() {
        JqlQuery query = JqlParser.parse("project = WEB OR NOT (status = Done AND project = XYZ)");
        assertThatThrownBy(() -> query.where(context())).isInstanceOf(JqlException.class)
                .hasMessage("The value 'XYZ' does not exist for the field 'project'.");
    }

    @Test
    void aValidQueryBindsWithoutErrors() {
        assertThatCode(() -> JqlParser.parse("project = WEB ORDER BY cf[10016], Team DESC").orderBy(context()))
                .doesNotThrowAnyException();
    }
}
