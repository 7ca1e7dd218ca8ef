package app.keystone.program.catalog;

import app.keystone.shared.KeystoneProblem;
import java.util.HashSet;
import java.util.Set;

/**
 * The {@code If-Match} precondition of a PATCH or DELETE: the program versions (strong ETags {@code "7"}) the
 * caller last saw. Absent or {@code *} accepts any version: the header is how a client opts into lost-update
 * protection, and the views always send it.
 */
record IfMatch(Set<Long> versions) {

    static final IfMatch ANY = new IfMatch(null);

    static IfMatch parse(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return ANY;
        }
        Set<Long> versions = new HashSet<>();
        for (String tag : header.split(",")) {
            String t = tag.strip();
            if (!t.matches("\"[0-9]{1,18}\"")) {
                throw new KeystoneProblem(400, "INVALID_IF_MATCH", "Invalid If-Match",
                        "If-Match must carry the program's ETag as Keystone sent it, e.g. \"3\".");
            }
            versions.add(Long.parseLong(t.substring(1, t.length() - 1)));
        }
        return new IfMatch(versions);
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    void check(long current) {
        if (versions != null && !versions.contains(current)) {
            throw new ProgramVersionMismatch(current);
        }
    }
}
