package app.keystone.program.metrics;

import app.keystone.shared.KeystoneProblem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Where a page of samples ended (its last sample's time and id), opaque to clients. */
record SampleCursor(Instant at, UUID id) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((id + "|" + at).getBytes(StandardCharsets.UTF_8));
    }

    static SampleCursor decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            if (bar > 0) {
                return new SampleCursor(Instant.parse(text.substring(bar + 1)), UUID.fromString(text.substring(0, bar)));
            }
        } catch (RuntimeException e) {
            // falls through: not base64, not a UUID or not an instant
        }
        throw new KeystoneProblem(400, "INVALID_CURSOR", "Invalid cursor",
                "The cursor is not one Keystone handed out; start again without it.");
    }
}
