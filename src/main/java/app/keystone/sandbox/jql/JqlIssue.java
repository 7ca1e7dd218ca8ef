package app.keystone.sandbox.jql;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** The view of an issue that JQL searches; the sandbox's issue rows implement it. */
public interface JqlIssue {

    /** Numeric issue id as a string, e.g. {@code "10021"}. */
    String id();

    String key();

    String projectKey();

    String projectId();

    String projectName();

    /** Issue type name, e.g. {@code Epic}, {@code Story}, {@code Sub-task}. */
    String issueType();

    /** Status name, e.g. {@code In Review}. */
    String status();

    /** {@code new}, {@code indeterminate} or {@code done}. */
    String statusCategoryKey();

    Set<String> labels();

    Optional<String> parentKey();

    Optional<String> parentId();

    Optional<String> assigneeAccountId();

    Optional<String> reporterAccountId();

    Instant created();

    Instant updated();

    Optional<LocalDate> dueDate();

    Optional<Instant> resolved();

    /**
     * A custom field's value by field id (e.g. {@code customfield_10016}): a Number, String, LocalDate,
     * Instant, or a Collection of those for multi-value fields. Empty when the field has no value.
     */
    Optional<Object> customField(String fieldId);
}
