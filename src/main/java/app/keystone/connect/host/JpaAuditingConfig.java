package app.keystone.connect.host;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/**
 * Fills AtlassianHost's created/modified dates. Kept off the application class because
 * {@code @EnableJpaAuditing} there breaks {@code @WebMvcTest} slices.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing
class JpaAuditingConfig {
}
