package app.keystone.automation;

import app.keystone.shared.PollingLoop;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hands the worker's threads to Spring, which starts them with the application and stops them first on shutdown. */
@Configuration(proxyBeanMethods = false)
class AutomationLoop {

    @Bean
    PollingLoop automationWorkerLoop(AutomationWorker worker) {
        return worker.loop();
    }
}
