package app.keystone.automation;

import app.keystone.shared.RateLimited;
import app.keystone.shared.TenantId;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Caps inbound calls per site and node ({@code keystone.automation.inbound.requests-per-minute}): a Jira Automation
 * rule in a loop must not flood the register. Over the cap: 429 with the seconds until the next permit.
 */
@Component
class InboundLimiter {

    private final RateLimiterRegistry limiters;

    InboundLimiter(@Value("${keystone.automation.inbound.requests-per-minute:60}") int perMinute) {
        this.limiters = RateLimiterRegistry.of(RateLimiterConfig.custom().limitForPeriod(perMinute)
                .limitRefreshPeriod(Duration.ofMinutes(1)).timeoutDuration(Duration.ZERO).build());
    }

    void acquire(TenantId tenant) {
        RateLimiter limiter = limiters.rateLimiter(tenant.value().toString());
        if (!limiter.acquirePermission()) {
            long nanos = limiter instanceof AtomicRateLimiter atomic
                    ? atomic.getDetailedMetrics().getNanosToWait() : Duration.ofMinutes(1).toNanos();
            throw new RateLimited("INBOUND_RATE_LIMITED", "Too many inbound calls for this site; try again later.",
                    (nanos + 999_999_999L) / 1_000_000_000L);
        }
    }

    /** Forgets every site's count (a fresh minute for everyone). */
    void reset() {
        limiters.getAllRateLimiters().forEach(l -> limiters.remove(l.getName()));
    }
}
