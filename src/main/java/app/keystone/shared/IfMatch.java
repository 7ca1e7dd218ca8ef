package app.keystone.shared;

import java.util.HashSet;
import java.util.Set;

/**
 * The {@code If-Match} precondition of a PATCH or DELETE: the record versions (strong ETags {@code "7"}) the
 * caller last saw. Absent or {@code *} accepts any version: the header is how a client opts into lost-update
 * protection, and the views always send it.
 */
public record IfMatch(Set<Long> versions) {

    public static final IfMatch ANY = new IfMatch(null);

    public static IfMatch parse(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return ANY;
        }
        Set<Long> versions = new HashSet<>();
        for (String tag : header.split(",")) {
            String t = tag.strip();
            if (!t.matches("\"[0-9]{1,18}\"")) {
                throw new KeystoneProblem(400, "INVALID_IF_MATCH", "Invalid If-Match",
                        "If-Match must carry the record's ETag as Keystone sent it, e.g. \"3\".");
            }
            versions.add(Long.parseLong(t.substring(1, t.length() - 1)));
        }
        return new IfMatch(versions);
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** Throws the record type's own 412 problem (stable code) when the caller saw another version. */
    public void check(long current, java.util.function.LongFunction<? extends KeystoneProblem> mismatch) {
        if (versions != null && !versions.contains(current)) {
            throw mismatch.apply(current);
        }
    }
}
