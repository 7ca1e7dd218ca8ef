package app.keystone.connect.tenant;

import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import app.keystone.shared.TenantId;
import com.atlassian.connect.spring.AtlassianHostUser;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Builds the {@link TenantContext} a controller asks for from the principal that ACSB verified — the
 * only place a tenant comes from. A site that uninstalled Keystone keeps its data but gets no access.
 */
@Component
public class TenantContextResolver implements HandlerMethodArgumentResolver {

    private final TenantDirectory tenants;

    TenantContextResolver(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return TenantContext.class.equals(parameter.getParameterType());
    }

    @Override
    public TenantContext resolveArgument(MethodParameter parameter, ModelAndViewContainer mav,
                                         NativeWebRequest request, WebDataBinderFactory binders) {
        AtlassianHostUser hostUser = currentHostUser();
        var tenant = tenants.findByClientKey(hostUser.getHost().getClientKey())
                .filter(TenantDirectory.TenantRecord::installed)
                .orElseThrow(TenantContextResolver::notInstalled);
        return new TenantContext(new TenantId(tenant.id()), tenant.baseUrl(), hostUser.getUserAccountId());
    }

    /** A verified site that has uninstalled Keystone (or never installed it): its data is kept, its calls refused. */
    public static KeystoneProblem notInstalled() {
        return new KeystoneProblem(403, "TENANT_NOT_INSTALLED", "Keystone is not installed",
                "This Jira site has not installed Keystone, or has uninstalled it.");
    }

    static AtlassianHostUser currentHostUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof AtlassianHostUser user) {
            return user;
        }
        throw new KeystoneProblem(401, "JWT_REQUIRED", "Authentication required",
                "This endpoint needs a JWT signed for an installed Jira site.");
    }
}
