package app.keystone.sandbox.rest;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.site.SandboxSite;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
@SandboxProfile
class RestConfig {

    /**
     * Runs ahead of Keystone's and ACSB's token filters: those judge tokens Jira sends to Keystone, while
     * these are tokens Keystone sends to "Jira", and a rejection here must read like Jira's.
     */
    @Bean
    FilterRegistrationBean<RestAuthFilter> sandboxRestAuthFilter(SandboxSite site, ObjectMapper json) {
        FilterRegistrationBean<RestAuthFilter> bean = new FilterRegistrationBean<>(new RestAuthFilter(site, json));
        bean.addUrlPatterns(RestAuthFilter.SITE_PATH + "/rest/*");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        return bean;
    }
}
