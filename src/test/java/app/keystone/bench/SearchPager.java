package app.keystone.bench;

import app.keystone.sandbox.auth.QueryStringHash;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;

/**
 * The backfill benchmark's reference: a plain client of the sandbox's {@code POST /rest/api/3/search/jql} that
 * pages one project with the JQL, fields and page size Keystone's backfill sends, signed as the app is (HS256 with
 * the install secret, iss = the app key, qsh over the request, a fresh token per request as ACSB signs them), and
 * throws the answers away: it reads only the issue count, {@code nextPageToken} and {@code isLast}.
 */
final class SearchPager {

    private static final String PATH = "/rest/api/3/search/jql";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI uri;
    private final String sharedSecret;
    private final List<String> fields;
    private final int pageSize;

    /** @param siteUrl the sandbox site's base URL, e.g. {@code http://localhost:8080/sandbox/jira} */
    SearchPager(HttpClient http, String siteUrl, String sharedSecret, List<String> fields, int pageSize) {
        this.http = http;
        this.uri = URI.create(siteUrl + PATH);
        this.sharedSecret = sharedSecret;
        this.fields = fields;
        this.pageSize = pageSize;
    }

    record Paged(long issues, int pages) {
    }

    /** Every page of the JQL, in turn; @return how many issues and pages came back */
    Paged pageAll(String jql) throws Exception {
        long issues = 0;
        int pages = 0;
        String token = null;
        do {
            ObjectNode body = JSON.createObjectNode().put("jql", jql).put("maxResults", pageSize);
            fields.forEach(body.putArray("fields")::add);
            if (token != null) {
                body.put("nextPageToken", token);
            }
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2))
                    .header("Authorization", "JWT " + appToken()).header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(jql + " → " + r.statusCode() + " "
                        + new String(r.body(), StandardCharsets.UTF_8));
            }
            Page page = read(r.body());
            issues += page.issues();
            pages++;
            token = page.last() ? null : page.nextPageToken();
        } while (token != null);
        return new Paged(issues, pages);
    }

    private record Page(int issues, String nextPageToken, boolean last) {
    }

    /** Streams over the answer without building it: the issues are counted and skipped. */
    private static Page read(byte[] body) throws Exception {
        int issues = 0;
        String next = null;
        boolean last = false;
        try (JsonParser p = JSON.getFactory().createParser(body)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("issues") && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        p.skipChildren();
                        issues++;
                    }
                } else if (name.equals("nextPageToken")) {
                    next = value == JsonToken.VALUE_NULL ? null : p.getText();
                } else if (name.equals("isLast")) {
                    last = p.getBooleanValue();
                } else {
                    p.skipChildren();
                }
            }
        }
        return new Page(issues, next, last || next == null || next.isEmpty());
    }

    private String appToken() throws JOSEException {
        long now = System.currentTimeMillis();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("app.keystone").issueTime(new Date(now))
                .expirationTime(new Date(now + 180_000)).claim("qsh", QueryStringHash.of("POST", PATH)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(sharedSecret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
