package app.keystone.raci;

import app.keystone.shared.KeystoneProblem;
import java.util.UUID;
import java.util.regex.Pattern;

/** A RACI scope: a program (UUID) or a Jira issue (numeric id), as stored ({@code scope_id} is text). */
record ScopeRef(String type, String id) {

    static final String PROGRAM = "program";
    static final String ISSUE = "issue";
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern ISSUE_ID = Pattern.compile("[1-9][0-9]{0,17}");

    static ScopeRef parse(String type, String id) {
        if (PROGRAM.equals(type) && UUID_TEXT.matcher(id).matches()) {
            return program(UUID.fromString(id));
        }
        if (ISSUE.equals(type) && ISSUE_ID.matcher(id).matches()) {
            return issue(Long.parseLong(id));
        }
        throw new KeystoneProblem(400, "INVALID_SCOPE", "Invalid scope",
                "A RACI scope is program/<program UUID> or issue/<numeric Jira issue id>.");
    }

    static ScopeRef program(UUID id) {
        return new ScopeRef(PROGRAM, id.toString());
    }

    static ScopeRef issue(long id) {
        return new ScopeRef(ISSUE, Long.toString(id));
    }

    boolean isProgram() {
        return PROGRAM.equals(type);
    }

    long issueId() {
        return Long.parseLong(id);
    }

    UUID programId() {
        return UUID.fromString(id);
    }
}
