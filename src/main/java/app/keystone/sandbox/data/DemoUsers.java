package app.keystone.sandbox.data;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The site's people. Most accountIds have the modern {@code 712020:<uuid>} shape; two keep the older
 * 24-hex shape, because real sites mix both and Keystone must not assume either.
 */
public final class DemoUsers {

    public record User(String accountId, String displayName, String email, String timeZone) {
    }

    public static final List<User> ALL = List.of(
            modern("Priya Raman", "Europe/Berlin"),
            legacy("5f8a1c2b3d4e5f0069a1b2c3", "Tomás Ortega", "Europe/Madrid"),
            modern("Hannah Becker", "Europe/Berlin"),
            modern("Kwame Mensah", "Europe/London"),
            modern("Yuki Tanaka", "Asia/Tokyo"),
            legacy("60b7d4e2a91c3f006f2e8d15", "Lena Novak", "Europe/Prague"),
            modern("Diego Alvarez", "America/Mexico_City"),
            modern("Aisha Karim", "Asia/Kolkata"));

    /** Works for the company on contract: sees every project but PLAT (sandbox permissions). */
    public static final String CONTRACTOR = "Diego Alvarez";
    /** The site's Jira administrator (global ADMINISTER). */
    public static final String ADMIN = "Priya Raman";

    private DemoUsers() {
    }

    public static String accountId(int index) {
        return ALL.get(Math.floorMod(index, ALL.size())).accountId();
    }

    public static String accountId(String displayName) {
        return ALL.stream().filter(u -> u.displayName().equals(displayName)).findFirst().orElseThrow().accountId();
    }

    public static void seed(JdbcClient db) {
        for (User u : ALL) {
            db.sql("""
                    insert into sandbox_user (account_id, display_name, email, time_zone)
                    values (:id, :name, :email, :tz) on conflict do nothing""")
                    .param("id", u.accountId()).param("name", u.displayName()).param("email", u.email())
                    .param("tz", u.timeZone()).update();
        }
    }

    private static User modern(String name, String timeZone) {
        // name-based so the ids survive restarts and rebuilds (Keystone stores accountIds)
        UUID uuid = UUID.nameUUIDFromBytes(("keystone-sandbox/" + name).getBytes(StandardCharsets.UTF_8));
        return new User("712020:" + uuid, name, email(name), timeZone);
    }

    private static User legacy(String id, String name, String timeZone) {
        return new User(id, name, email(name), timeZone);
    }

    private static String email(String name) {
        return name.toLowerCase().replace(' ', '.').replace("á", "a") + "@example.com";
    }
}
