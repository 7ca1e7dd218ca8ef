package app.keystone.connect.web;

import app.keystone.shared.TenantContext;
import com.atlassian.connect.spring.AtlassianHostUser;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document of Keystone's own {@code /api/**} (public: it describes, it holds no tenant data). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static {
        // resolved from the verified token, never sent by the caller
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(TenantContext.class, AtlassianHostUser.class);
    }

    @Bean
    OpenAPI keystoneOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Keystone API").version("1")
                        .description("Called by Keystone's views inside Jira with a Connect context JWT "
                                + "(Authorization: JWT <token from AP.context.getToken()>). Errors are RFC 9457 "
                                + "problem details with a stable 'code'."))
                .components(new Components().addSecuritySchemes("contextJwt", new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("Authorization")
                        .description("JWT <context token>")))
                .addSecurityItem(new SecurityRequirement().addList("contextJwt"));
    }
}
