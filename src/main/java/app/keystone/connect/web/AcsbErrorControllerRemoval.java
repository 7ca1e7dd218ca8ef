package app.keystone.connect.web;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Drops two beans ACSB component-scans. Its {@code /error} controller answers plain JSON, while Keystone's errors
 * are problem+json everywhere ({@link ProblemErrorController} takes the path). Its model-attribute advice signs a
 * fresh self-authentication JWT on every controller call for server-side templates Keystone does not have (the
 * views are React pages; ViewController hands them the all.js URL): CPU on every webhook, for nothing. (ACSB's
 * descriptor loader is made to compute once by {@link DescriptorLoaderCache}.)
 */
@Component
class AcsbErrorControllerRemoval implements BeanDefinitionRegistryPostProcessor {

    static final String ACSB_ERROR_CONTROLLER = "atlassianConnectErrorController";
    static final String ACSB_MODEL_ATTRIBUTES = "atlassianConnectContextModelAttributeProvider";

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        for (String name : new String[] {ACSB_ERROR_CONTROLLER, ACSB_MODEL_ATTRIBUTES}) {
            if (registry.containsBeanDefinition(name)) {
                registry.removeBeanDefinition(name);
            }
        }
    }
}
