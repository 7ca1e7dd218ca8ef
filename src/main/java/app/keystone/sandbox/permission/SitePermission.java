package app.keystone.sandbox.permission;

import java.util.Arrays;
import java.util.Optional;

/**
 * The permissions the sandbox knows, with Jira's keys and numeric ids (mypermissions renders the id as a
 * string). Jira has more; these are the ones an app like Keystone asks about.
 */
public enum SitePermission {

    ADMINISTER(0, Type.GLOBAL, "Administer Jira",
            "Create and administer projects, issue types, fields, workflows, and schemes for all projects."),
    USER_PICKER(27, Type.GLOBAL, "Browse users and groups",
            "View and select users or groups from the user picker, and share issues."),
    BROWSE_PROJECTS(10, Type.PROJECT, "Browse Projects", "Ability to browse projects and the issues within them."),
    CREATE_ISSUES(11, Type.PROJECT, "Create Issues", "Ability to create issues."),
    EDIT_ISSUES(12, Type.PROJECT, "Edit Issues", "Ability to edit issues."),
    ASSIGN_ISSUES(13, Type.PROJECT, "Assign Issues", "Ability to assign issues to other people."),
    ADD_COMMENTS(15, Type.PROJECT, "Add Comments", "Ability to comment on issues."),
    LINK_ISSUES(21, Type.PROJECT, "Link Issues", "Ability to link issues together and create linked issues."),
    ADMINISTER_PROJECTS(23, Type.PROJECT, "Administer Projects",
            "Ability to administer a project in Jira."),
    TRANSITION_ISSUES(46, Type.PROJECT, "Transition Issues", "Ability to transition issues.");

    public enum Type { GLOBAL, PROJECT }

    private final int id;
    private final Type type;
    private final String displayName;
    private final String description;

    SitePermission(int id, Type type, String displayName, String description) {
        this.id = id;
        this.type = type;
        this.displayName = displayName;
        this.description = description;
    }

    public String id() {
        return Integer.toString(id);
    }

    public Type type() {
        return type;
    }

    public String displayName() {
        return displayName;
    }

    public String description() {
        return description;
    }

    public boolean global() {
        return type == Type.GLOBAL;
    }

    /**
     * A key as a caller sends it (case-sensitive, like Jira). {@code BROWSE_USERS} and {@code BROWSE} are
     * older names some callers still use; Jira answers them as deprecated keys.
     */
    public static Optional<SitePermission> byKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return switch (key) {
            case "BROWSE_USERS" -> Optional.of(USER_PICKER);
            case "BROWSE" -> Optional.of(BROWSE_PROJECTS);
            default -> Arrays.stream(values()).filter(p -> p.name().equals(key)).findFirst();
        };
    }

    public static boolean isDeprecatedKey(String key) {
        return "BROWSE_USERS".equals(key) || "BROWSE".equals(key);
    }

    public static Optional<SitePermission> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equals(id.trim())).findFirst();
    }
}
