package app.keystone.sandbox.jql;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An in-memory issue with a fluent builder, standing in for the sandbox's issue rows. */
final class TestIssue implements JqlIssue {

    private final String id;
    private final String key;
    private final String[] project;
    private String issueType = "Story";
    private String status = "To Do";
    private String statusCategory = "new";
    private Set<String> labels = Set.of();
    private JqlIssue parent;
    private String assignee;
    private String reporter;
    private Instant created;
    private Instant updated;
    private LocalDate due;
    private Instant resolved;
    private final Map<String, Object> custom = new HashMap<>();

    private TestIssue(String id, String key, String... project) {
        this.id = id;
        this.key = key;
        this.project = project;
    }

    /** {@code project} is key, id and name. */
    static TestIssue issue(String id, String key, String[] project, String created) {
        TestIssue issue = new TestIssue(id, key, project);
        issue.created = Instant.parse(created);
        issue.updated = issue.created;
        return issue;
    }

    TestIssue type(String type) {
        this.issueType = type;
        return this;
    }

    TestIssue status(String name, String categoryKey) {
        this.status = name;
        this.statusCategory = categoryKey;
        return this;
    }

    TestIssue labels(String... labels) {
        this.labels = Set.of(labels);
        return this;
    }

    TestIssue parent(JqlIssue parent) {
        this.parent = parent;
        return this;
    }

    TestIssue assignee(String accountId) {
        this.assignee = accountId;
        return this;
    }

    TestIssue reporter(String accountId) {
        this.reporter = accountId;
        return this;
    }

    TestIssue updated(String at) {
        this.updated = Instant.parse(at);
        return this;
    }

    TestIssue due(String day) {
        this.due = LocalDate.parse(day);
        return this;
    }

    TestIssue resolved(String at) {
        this.resolved = Instant.parse(at);
        return this;
    }

    TestIssue custom(String fieldId, Object value) {
        custom.put(fieldId, value);
        return this;
    }

    @Override public String id() { return id; }
    @Override public String key() { return key; }
    @Override public String projectKey() { return project[0]; }
    @Override public String projectId() { return project[1]; }
    @Override public String projectName() { return project[2]; }
    @Override public String issueType() { return issueType; }
    @Override public String status() { return status; }
    @Override public String statusCategoryKey() { return statusCategory; }
    @Override public Set<String> labels() { return labels; }
    @Override public Optional<String> parentKey() { return Optional.ofNullable(parent).map(JqlIssue::key); }
    @Override public Optional<String> parentId() { return Optional.ofNullable(parent).map(JqlIssue::id); }
    @Override public Optional<String> assigneeAccountId() { return Optional.ofNullable(assignee); }
    @Override public Optional<String> reporterAccountId() { return Optional.ofNullable(reporter); }
    @Override public Instant created() { return created; }
    @Override public Instant updated() { return updated; }
    @Override public Optional<LocalDate> dueDate() { return Optional.ofNullable(due); }
    @Override public Optional<Instant> resolved() { return Optional.ofNullable(resolved); }
    @Override public Optional<Object> customField(String fieldId) { return Optional.ofNullable(custom.get(fieldId)); }

    @Override
    public String toString() {
        return key;
    }
}
