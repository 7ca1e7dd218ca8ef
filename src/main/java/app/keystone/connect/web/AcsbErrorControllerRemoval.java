package app.keystone.connect.web;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.stereotype.Component;

/**
 * ACSB component-scans its own {@code /error} controller, which answers plain JSON. Keystone's errors are
 * problem+json everywhere, so that bean definition is dropped before {@link ProblemErrorController}
 * takes the path.
 */
@Component
class AcsbErrorControllerRemoval implements BeanDefinitionRegistryPostProcessor {

    static final String ACSB_ERROR_CONTROLLER = "atlassianConnectErrorController";

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        if (registry.containsBeanDefinition(ACSB_ERROR_CONTROLLER)) {
            registry.removeBeanDefinition(ACSB_ERROR_CONTROLLER);
        }
    }
}
