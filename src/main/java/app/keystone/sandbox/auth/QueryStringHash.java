package app.keystone.sandbox.auth;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Atlassian's query string hash (qsh), written from the published algorithm — deliberately not ACSB's
 * code, so the sandbox and the tests check Keystone against the spec rather than against itself.
 */
public final class QueryStringHash {

    private QueryStringHash() {
    }

    /** @param pathAndQuery e.g. {@code /views/admin?b=2&a=1} (a {@code jwt} parameter is ignored) */
    public static String of(String method, String pathAndQuery) {
        URI uri = URI.create(pathAndQuery);
        String canonical = method.toUpperCase() + "&" + canonicalPath(uri.getRawPath()) + "&"
                + canonicalQuery(uri.getRawQuery());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String canonicalPath(String path) {
        String p = path == null || path.isEmpty() ? "/" : path;
        if (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.replace("&", "%26");
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        Map<String, List<String>> params = new TreeMap<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (!"jwt".equals(name)) {
                params.computeIfAbsent(encode(name), k -> new ArrayList<>()).add(encode(value));
            }
        }
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().stream().sorted().collect(Collectors.joining(",")))
                .collect(Collectors.joining("&"));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }
}
