package app.keystone.connect.security;

import app.keystone.shared.KeystoneProblem;
import com.atlassian.connect.spring.AtlassianHostUser;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Keystone's own {@code /api/**} is called by its views with the context JWT ({@code qsh = "context-qsh"})
 * and by nothing else. This is ACSB's {@code @ContextJwt} rule applied to the whole path, so controllers in
 * the domain modules stay free of ACSB annotations (a Forge Remote front door will add its own check here).
 * ACSB's own interceptor is excluded from {@code /api/**} (application.yml); ACSB's filter has already
 * verified the signature, issuer and expiry when a principal is present.
 */
class ContextApiInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || !(auth.getPrincipal() instanceof AtlassianHostUser)) {
            throw new KeystoneProblem(401, "JWT_REQUIRED", "Authentication required",
                    "Keystone's API needs a context JWT from AP.context.getToken().");
        }
        if (!(auth.getCredentials() instanceof JWTClaimsSet claims)
                || !Jwts.CONTEXT_QSH.equals(claims.getClaim(Jwts.QSH))) {
            throw new KeystoneProblem(401, "CONTEXT_JWT_REQUIRED", "Context JWT required",
                    "Keystone's API accepts only context JWTs (qsh 'context-qsh').");
        }
        return true;
    }
}
