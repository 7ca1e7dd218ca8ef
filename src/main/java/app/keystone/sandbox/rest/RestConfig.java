package app.keystone.sandbox.rest;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.site.SandboxSite;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@SandboxProfile
public class RestConfig {

    /** RestAuthFilter's place: ahead of Keystone's filters. Filters that need the caller run after it. */
    public static final int AUTH_ORDER = Ordered.HIGHEST_PRECEDENCE + 50;

    /**
     * Runs ahead of Keystone's and ACSB's token filters: those judge tokens Jira sends to Keystone, while
     * these are tokens Keystone sends to "Jira", and a rejection here must read like Jira's.
     */
    @Bean
    FilterRegistrationBean<RestAuthFilter> sandboxRestAuthFilter(SandboxSite site, ObjectMapper json, SiteData data) {
        FilterRegistrationBean<RestAuthFilter> bean =
                new FilterRegistrationBean<>(new RestAuthFilter(site, json, data));
        bean.addUrlPatterns(RestAuthFilter.SITE_PATH + "/rest/*", RestAuthFilter.SITE_PATH + "/app/*");
        bean.setOrder(AUTH_ORDER);
        return bean;
    }

    /** Lets sandbox REST handlers declare a {@link Caller} parameter; the type is the sandbox's own. */
    @Bean
    WebMvcConfigurer sandboxCallerResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerResolver());
            }
        };
    }

    private static final class CallerResolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Caller.class;
        }

        @Override
        public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                      WebDataBinderFactory binders) {
            Caller caller = Caller.of(request.getNativeRequest(HttpServletRequest.class));
            if (caller == null) {
                // only reachable if a handler outside /rest/** asks for a caller: never act as anyone by default
                throw new JiraError(HttpStatus.UNAUTHORIZED, "Client must be authenticated to access this resource.");
            }
            return caller;
        }
    }
}
