package app.keystone.program.rollup;

import app.keystone.shared.KeystoneProblem;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The dependency list's keyset cursor: the last row's blocker key, blocked key and link id, opaque to the view.
 * A keyset (not an offset) so a page costs the same however deep it is, and a row added or removed while someone
 * pages does not shift the rest by one.
 */
final class DependencyCursor {

    private DependencyCursor() {
    }

    static String encode(Dependencies.After after) {
        String text = after.linkId() + "\n" + after.blockerKey() + "\n" + after.blockedKey();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A tampered cursor must answer 400, never reach SQL as something its comparison rejects (a 500). */
    static Dependencies.After decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", -1);
            if (parts.length == 3 && parts[0].matches("[0-9]{1,18}")) {
                return new Dependencies.After(parts[1], parts[2], Long.parseLong(parts[0]));
            }
        } catch (IllegalArgumentException e) {
            // falls through: not base64
        }
        throw new KeystoneProblem(400, "INVALID_CURSOR", "Invalid cursor",
                "The cursor is not one Keystone handed out for this list; start again without it.");
    }
}
