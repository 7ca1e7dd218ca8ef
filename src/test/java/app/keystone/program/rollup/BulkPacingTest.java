package app.keystone.program.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The writer waits for a full batch only while pages keep coming, and never longer than the maximum wait. */
class BulkPacingTest {

    private final UUID tenant = UUID.randomUUID();

    @Test
    void webhookTenantsNeverWait() {
        BulkPacing pacing = new BulkPacing(2000, 10_000, 10_000);
        assertThat(pacing.waitForMore(tenant, () -> 1)).isFalse();
    }

    @Test
    void waitsForAFullBatchWhilePagesKeepComing() {
        BulkPacing pacing = new BulkPacing(2000, 10_000, 10_000);
        pacing.marked(tenant);
        assertThat(pacing.waitForMore(tenant, () -> 100)).isTrue();
        assertThat(pacing.waitForMore(tenant, () -> 2000)).as("a full batch").isFalse();
        assertThat(pacing.waitForMore(UUID.randomUUID(), () -> 100)).as("another tenant").isFalse();
    }

    @Test
    void theLastPageIsRolledUpOnceQuiet() throws InterruptedException {
        BulkPacing pacing = new BulkPacing(2000, 50, 10_000);
        pacing.marked(tenant);
        Thread.sleep(80);
        assertThat(pacing.waitForMore(tenant, () -> 100)).isFalse();
        assertThat(pacing.waitForMore(tenant, () -> 100)).as("and it stays so").isFalse();
    }

    @Test
    void rollupsMoveAtLeastEveryMaximumWait() throws InterruptedException {
        BulkPacing pacing = new BulkPacing(2000, 10_000, 50);
        pacing.marked(tenant);
        Thread.sleep(80);
        pacing.marked(tenant);
        assertThat(pacing.waitForMore(tenant, () -> 100)).isFalse();
        pacing.passed(tenant);
        pacing.marked(tenant);
        assertThat(pacing.waitForMore(tenant, () -> 100)).as("right after a pass").isTrue();
    }
}
