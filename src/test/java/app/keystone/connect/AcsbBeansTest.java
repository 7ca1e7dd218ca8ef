package app.keystone.connect;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** ACSB beans Keystone removes: its plain-JSON error controller and its per-request JWT-signing model advice. */
class AcsbBeansTest extends IntegrationTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void acsbTemplateAndErrorBeansAreGone() {
        assertThat(context.containsBean("atlassianConnectErrorController")).isFalse();
        assertThat(context.containsBean("atlassianConnectContextModelAttributeProvider")).isFalse();
    }
}
