package app.keystone.connect.web;

import app.keystone.connect.tenant.TenantContextResolver;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets controllers declare a TenantContext, and serves the built views' assets. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final TenantContextResolver tenantContextResolver;

    WebConfig(TenantContextResolver tenantContextResolver) {
        this.tenantContextResolver = tenantContextResolver;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(tenantContextResolver);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // hashed file names: cache for a year. The HTML pages are served by ViewController, not from here.
        registry.addResourceHandler("/app/assets/**")
                .addResourceLocations("classpath:/frontend/assets/")
                .setCachePeriod(365 * 24 * 3600);
    }
}
