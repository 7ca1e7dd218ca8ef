package app.keystone.raci;

import app.keystone.program.ProgramMemberPages;
import app.keystone.shared.KeystoneProblem;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The RACI reports' paging parameters: an opaque keyset cursor (the last item's key and id, so a page costs the same
 * however deep it is, and how many items came before, for "N more") and the page size in work items examined.
 */
final class ReportCursor {

    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 2000;

    private ReportCursor() {
    }

    static String encode(ProgramMemberPages.After after) {
        String text = after.issueId() + "\n" + after.seen() + "\n" + after.issueKey();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A tampered cursor answers 400, never reaches SQL as something it rejects (a 500). */
    static ProgramMemberPages.After decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", 3);
            if (parts.length == 3 && parts[0].matches("[0-9]{1,18}") && parts[1].matches("[0-9]{1,18}")) {
                return new ProgramMemberPages.After(parts[2], Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            }
        } catch (IllegalArgumentException e) {
            // falls through: not base64
        }
        throw invalid("cursor", "is not one Keystone handed out for this report; start again without it");
    }

    static int limit(String text) {
        if (text == null || text.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        if (text.matches("[0-9]{1,4}") && Integer.parseInt(text) >= 1 && Integer.parseInt(text) <= MAX_LIMIT) {
            return Integer.parseInt(text);
        }
        throw invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }

    private static KeystoneProblem invalid(String field, String message) {
        return new KeystoneProblem(400, "VALIDATION_FAILED", "Validation failed", "Some parameters are invalid.",
                List.of(new KeystoneProblem.FieldError(field, message)));
    }
}
