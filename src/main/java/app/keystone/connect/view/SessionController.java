package app.keystone.connect.view;

import app.keystone.shared.TenantContext;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.atlassian.connect.spring.AtlassianHostUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a view needs to know about where it runs: the site and the user (context JWT only, like all of /api). */
@RestController
class SessionController {

    @GetMapping("/api/session")
    SessionView session(TenantContext tenant, @AuthenticationPrincipal AtlassianHostUser user) {
        return new SessionView(tenant.siteUrl(), tenant.accountId().orElse(null), user.getHost().getClientKey());
    }

    @JsonInclude(JsonInclude.Include.ALWAYS) // accountId is null, not absent, when no user is involved
    record SessionView(String siteUrl, String accountId, String clientKey) {
    }
}
