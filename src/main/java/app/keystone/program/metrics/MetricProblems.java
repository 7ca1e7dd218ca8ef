package app.keystone.program.metrics;

import app.keystone.shared.KeystoneProblem;
import java.util.UUID;

/** The metrics API's problems, named as facts; codes are stable (the views branch on them). */
final class MetricProblems {

    static final int MAX_PER_PROGRAM = 20;

    private MetricProblems() {
    }

    static KeystoneProblem programNotFound(UUID id) {
        return new KeystoneProblem(404, "PROGRAM_NOT_FOUND", "Program not found",
                "There is no program " + id + " on this site.");
    }

    static KeystoneProblem metricNotFound(UUID id) {
        return new KeystoneProblem(404, "METRIC_NOT_FOUND", "Metric not found",
                "The program has no metric " + id + ".");
    }

    static KeystoneProblem nameTaken(String name) {
        return new KeystoneProblem(409, "METRIC_NAME_TAKEN", "Metric name taken",
                "The program already has a metric named '" + name + "'.",
                java.util.List.of(new KeystoneProblem.FieldError("name", "another metric of the program has this name")));
    }

    static KeystoneProblem tooMany() {
        return new KeystoneProblem(409, "TOO_MANY_METRICS", "Too many metrics",
                "A program has at most " + MAX_PER_PROGRAM + " metrics; delete one first.");
    }

    static KeystoneProblem versionMismatch(long current) {
        return new KeystoneProblem(412, "METRIC_VERSION_MISMATCH", "Metric changed meanwhile",
                "The metric is now at version " + current + "; reload it and apply the change again.");
    }

    static KeystoneProblem manualOnly() {
        return new KeystoneProblem(409, "METRIC_NOT_MANUAL", "Values are sampled",
                "Only a MANUAL metric takes entered values; Keystone samples this one from its source.");
    }

    static KeystoneProblem notSampled() {
        return new KeystoneProblem(409, "METRIC_IS_MANUAL", "Nothing to sample",
                "A MANUAL metric has no source to sample; enter its values instead.");
    }

    static KeystoneProblem sampleFailed(String message) {
        return new KeystoneProblem(502, "METRIC_SAMPLE_FAILED", "Sampling failed", message);
    }

    static UUID id(String value, String what) {
        try {
            if (value.length() == 36) {
                return UUID.fromString(value);
            }
        } catch (IllegalArgumentException e) {
            // falls through
        }
        String code = "program".equals(what) ? "INVALID_PROGRAM_ID" : "INVALID_METRIC_ID";
        throw new KeystoneProblem(400, code, "Invalid " + what + " id", "A " + what + " id is a UUID.");
    }
}
