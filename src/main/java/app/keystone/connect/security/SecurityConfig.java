package app.keystone.connect.security;

import app.keystone.connect.host.HostSecrets;
import app.keystone.connect.tenant.TenantDirectory;
import app.keystone.connect.web.ProblemResponses;
import app.keystone.shared.WebhookReceiver;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.observation.ObservationPredicate;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Keystone's additions to ACSB's security: health and info open to probes (ACSB puts all of
 * {@code /actuator} behind HTTP basic, and Keystone has no basic users), other actuator endpoints closed,
 * the token checks ACSB does not make, in filters ordered just ahead of ACSB's, and the webhook intake, which
 * answers Jira's deliveries before Spring Security's chain.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig implements WebMvcConfigurer {

    /** ACSB's asymmetric (install) filter runs at DEFAULT_FILTER_ORDER + 190, its JWT filter at + 200. */
    private static final int BEFORE_ACSB = SecurityProperties.DEFAULT_FILTER_ORDER + 180;

    @Bean
    @Order(SecurityProperties.BASIC_AUTH_ORDER)
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(ProblemResponses problems) {
        FilterRegistrationBean<DatabaseUnavailableFilter> bean = new FilterRegistrationBean<>(new DatabaseUnavailableFilter(problems));
        // around Spring Security's chain, which holds ACSB's JWT filter and its host lookup
        bean.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return bean;
    }

    @Bean
    FilterRegistrationBean<QshRequiredFilter> qshRequiredFilter(ProblemResponses problems) {
        FilterRegistrationBean<QshRequiredFilter> bean = new FilterRegistrationBean<>(new QshRequiredFilter(problems));
        bean.setOrder(BEFORE_ACSB);
        return bean;
    }

    @Bean
    FilterRegistrationBean<SignedInstallFilter> signedInstallFilter(ProblemResponses problems, ObjectMapper json,
                                                                    TenantDirectory tenants) {
        FilterRegistrationBean<SignedInstallFilter> bean =
                new FilterRegistrationBean<>(new SignedInstallFilter(problems, json, tenants));
        bean.setOrder(BEFORE_ACSB + 1);
        return bean;
    }

    @Bean
    FilterRegistrationBean<WebhookIntakeFilter> webhookIntakeFilter(HostSecrets hosts, WebhookReceiver receiver,
                                                                    ProblemResponses problems) {
        FilterRegistrationBean<WebhookIntakeFilter> bean = new FilterRegistrationBean<>(
                new WebhookIntakeFilter(new WebhookTokens(hosts), receiver, problems));
        bean.addUrlPatterns(WebhookIntakeFilter.PREFIX + "*");
        // after Boot's forwarded-header filter (X-Forwarded-Prefix is part of the path the qsh covers) and its
        // HTTP observation, ahead of Spring Security's chain (DEFAULT_FILTER_ORDER), which webhooks never enter
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return bean;
    }

    /**
     * No HTTP observation around webhook deliveries: it was ≈10 % of the intake's CPU (docs/benchmarks.md, run I),
     * and Keystone exports no HTTP metrics; the inbox table is the record of what arrived.
     */
    @Bean
    ObservationPredicate noWebhookObservations() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext http
                && http.getCarrier().getServletPath().startsWith(WebhookIntakeFilter.PREFIX));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // POST /api/automation/inbound/{ruleKey} is called by Jira Automation with a per-site secret instead (the
        // automation module checks it); the secret's own admin endpoint beside it keeps the context JWT rule
        registry.addInterceptor(new ContextApiInterceptor()).addPathPatterns("/api/**")
                .excludePathPatterns("/api/automation/inbound/*");
        registry.addInterceptor(new ContextApiInterceptor()).addPathPatterns("/api/automation/inbound/secret");
    }
}
