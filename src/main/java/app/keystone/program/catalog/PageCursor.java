package app.keystone.program.catalog;

import app.keystone.shared.KeystoneProblem;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page of programs ended: the last program's lowercase name and id (the sort key), opaque to clients.
 * Keyset paging stays correct while programs are added or removed between pages, unlike offsets.
 */
record PageCursor(String sortName, UUID id) {

    private static final int UUID_LENGTH = 36;

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((id + ":" + sortName).getBytes(StandardCharsets.UTF_8));
    }

    static PageCursor decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.length() > UUID_LENGTH && text.charAt(UUID_LENGTH) == ':') {
                return new PageCursor(text.substring(UUID_LENGTH + 1), UUID.fromString(text.substring(0, UUID_LENGTH)));
            }
        } catch (IllegalArgumentException e) {
            // falls through: not base64, or not a UUID
        }
        throw new KeystoneProblem(400, "INVALID_CURSOR", "Invalid cursor",
                "The cursor is not one Keystone handed out; start again without it.");
    }
}
