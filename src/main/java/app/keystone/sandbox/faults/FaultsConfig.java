package app.keystone.sandbox.faults;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.rest.RestConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@SandboxProfile
class FaultsConfig {

    /** Jira's REST API only: the shell's /sandbox/api, the descriptor and Keystone's own paths never fail. */
    static final String REST_API = "/sandbox/jira/rest/api/3/*";

    @Bean
    FilterRegistrationBean<FaultFilter> sandboxFaultFilter(SandboxFaults faults, ObjectMapper json) {
        FilterRegistrationBean<FaultFilter> bean =
                new FilterRegistrationBean<>(new FaultFilter(faults, json, Clock.systemUTC()));
        bean.addUrlPatterns(REST_API);
        // after RestAuthFilter (see FaultFilter for why)
        bean.setOrder(RestConfig.AUTH_ORDER + 10);
        return bean;
    }
}
