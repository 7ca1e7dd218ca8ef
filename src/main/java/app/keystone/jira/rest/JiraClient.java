package app.keystone.jira.rest;

import app.keystone.shared.TenantId;
import com.atlassian.connect.spring.AtlassianHost;
import com.atlassian.connect.spring.AtlassianHostRestClients;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Keystone's calls to a tenant's Jira, as the app: ACSB's JWT-signing RestTemplate (qsh per request), a per-tenant
 * rate limit to stay inside Jira's budgets, and retries on 429/5xx/no answer that honour {@code Retry-After}
 * (else back off exponentially). Callers see a {@link JiraHttpException} only when retries are exhausted or the
 * error is not transient.
 */
@Component
public class JiraClient {

    private final TenantHosts hosts;
    private final SignedClients clients;
    private final RateLimiterRegistry limiters;
    private final Retry retry;

    JiraClient(TenantHosts hosts, AtlassianHostRestClients clients,
               @Value("${keystone.jira.requests-per-second:20}") int requestsPerSecond,
               @Value("${keystone.jira.max-attempts:6}") int maxAttempts,
               @Value("${keystone.jira.max-retry-after-seconds:60}") long maxRetryAfterSeconds) {
        this.hosts = hosts;
        this.clients = new SignedClients(clients);
        this.limiters = RateLimiterRegistry.of(RateLimiterConfig.custom().limitForPeriod(requestsPerSecond)
                .limitRefreshPeriod(Duration.ofSeconds(1)).timeoutDuration(Duration.ofMinutes(5)).build());
        IntervalBiFunction<Object> wait = (attempt, outcome) -> {
            if (outcome.isLeft() && outcome.getLeft() instanceof JiraHttpException j && j.retryAfter().isPresent()) {
                return Math.min(j.retryAfter().get().toMillis(), maxRetryAfterSeconds * 1000);
            }
            return Math.min(30_000L, 500L << Math.min(attempt - 1, 10));
        };
        this.retry = Retry.of("jira", RetryConfig.custom().maxAttempts(maxAttempts).intervalBiFunction(wait)
                .retryOnException(e -> e instanceof JiraHttpException j && j.transientFailure()).build());
    }

    public JsonNode get(TenantId tenant, String pathAndQuery) {
        return call(tenant, HttpMethod.GET, pathAndQuery, null);
    }

    public JsonNode post(TenantId tenant, String path, Object body) {
        return call(tenant, HttpMethod.POST, path, body);
    }

    public JsonNode put(TenantId tenant, String path, Object body) {
        return call(tenant, HttpMethod.PUT, path, body);
    }

    public JsonNode delete(TenantId tenant, String path) {
        return call(tenant, HttpMethod.DELETE, path, null);
    }

    private JsonNode call(TenantId tenant, HttpMethod method, String pathAndQuery, Object body) {
        AtlassianHost host = hosts.of(tenant);
        RestClient client = clients.of(host);
        URI uri = URI.create(stripSlash(host.getBaseUrl()) + pathAndQuery);
        RateLimiter limiter = limiters.rateLimiter(tenant.value().toString());
        Supplier<JsonNode> once = () -> {
            RateLimiter.waitForPermission(limiter);
            try {
                return exchange(client, method, uri, body);
            } catch (JiraHttpException e) {
                if (e.status() == 401) {
                    hosts.evict(tenant); // perhaps re-installed on another node: the next call reads the host again
                }
                throw e;
            }
        };
        return Retry.decorateSupplier(retry, once).get();
    }

    private static JsonNode exchange(RestClient client, HttpMethod method, URI uri, Object body) {
        try {
            RestClient.RequestBodySpec request = client.method(method).uri(uri).accept(MediaType.APPLICATION_JSON);
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).body(body);
            }
            return request.retrieve().body(JsonNode.class);
        } catch (RestClientResponseException e) {
            String retryAfter = e.getResponseHeaders() == null ? null : e.getResponseHeaders().getFirst("Retry-After");
            throw new JiraHttpException(e.getStatusCode().value(), seconds(retryAfter),
                    method + " " + uri.getPath() + " answered " + e.getStatusCode().value(),
                    ErrorCollection.messages(e.getResponseBodyAsString()));
        } catch (ResourceAccessException e) {
            throw new JiraHttpException(0, null, method + " " + uri.getPath() + " failed: " + e.getMessage());
        }
    }

    private static Duration seconds(String header) {
        try {
            return header == null ? null : Duration.ofSeconds(Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

}
