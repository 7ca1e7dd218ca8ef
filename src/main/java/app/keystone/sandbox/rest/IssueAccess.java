package app.keystone.sandbox.rest;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.permission.SitePermission;
import org.springframework.stereotype.Component;

/**
 * Looks an issue up for a caller the way Jira does: an issue the caller cannot browse does not exist for
 * them (404 with the same message as a missing one), and a visible issue they may not change is a 403.
 */
@Component
@SandboxProfile
class IssueAccess {

    private final SiteData data;
    private final Permissions permissions;

    IssueAccess(SiteData data, Permissions permissions) {
        this.data = data;
        this.permissions = permissions;
    }

    SiteIssue browse(Caller caller, String idOrKey) {
        return data.issue(idOrKey).filter(i -> permissions.canBrowse(caller, i.project()))
                .orElseThrow(() -> JiraError.notFound(JiraError.NO_ISSUE));
    }

    SiteIssue edit(Caller caller, String idOrKey) {
        SiteIssue issue = browse(caller, idOrKey);
        if (!permissions.has(caller, SitePermission.EDIT_ISSUES, issue.project())) {
            throw JiraError.forbidden("You do not have permission to edit issues in this project.");
        }
        return issue;
    }
}
