package app.keystone.sandbox.rest;

import app.keystone.sandbox.SandboxProfile;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /rest/api/3/issue/{issueIdOrKey}}: every field unless {@code fields} narrows it; 404 for an
 * issue the caller cannot browse.
 */
@RestController
@SandboxProfile
class IssueController {

    private final IssueAccess access;
    private final IssueRenderer renderer;

    IssueController(IssueAccess access, IssueRenderer renderer) {
        this.access = access;
        this.renderer = renderer;
    }

    @GetMapping(RestAuthFilter.SITE_PATH + "/rest/api/3/issue/{idOrKey}")
    ObjectNode issue(@PathVariable String idOrKey, @RequestParam(name = "fields", required = false) List<String> fields,
                     Caller caller) {
        SiteIssue issue = access.browse(caller, idOrKey);
        return renderer.render(issue, FieldSelection.parse(fields, true));
    }
}
