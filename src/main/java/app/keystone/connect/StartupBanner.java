package app.keystone.connect;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started Keystone where to point Jira. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final String baseUrl;

    StartupBanner(@Value("${addon.base-url}") String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        log.info("Keystone is ready. Descriptor for Jira: {}/atlassian-connect.json", baseUrl);
    }
}
