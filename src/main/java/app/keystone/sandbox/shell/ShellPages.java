package app.keystone.sandbox.shell;

import app.keystone.sandbox.SandboxProfile;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code /sandbox/} is the shell page: a React app built apart from Keystone's views
 * (frontend/sandbox-shell, Vite output copied by Maven to static/sandbox/shell/).
 */
@Configuration(proxyBeanMethods = false)
@SandboxProfile
class ShellPages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/sandbox").setViewName("redirect:/sandbox/");
        registry.addViewController("/sandbox/").setViewName("forward:/sandbox/shell/index.html");
    }
}
