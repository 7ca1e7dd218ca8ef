package app.keystone.sandbox.rest;

import app.keystone.sandbox.jql.JqlQuery.SeekOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * search/jql's {@code nextPageToken}: where the next page starts. Opaque to callers (base64url), as Jira's are,
 * and a token the site did not issue is a 400. For the orders SQL can page by position it names the last issue
 * handed out, so a page costs the same however deep it is and issues created meanwhile do not shift the pages;
 * other orders carry an offset into the sorted matches. Offsets are also accepted for any order, as tokens
 * stored before positions existed (Keystone keeps its backfill cursor in the database) must still work.
 */
sealed interface PageToken {

    /** The n-th match in the query's order. */
    record Offset(int start) implements PageToken {
    }

    /** After this key in key order (its project part and number, as {@code IssueKeyField} compares them). */
    record AfterKey(String project, long number) implements PageToken {
    }

    /** Below this issue id, newest first. */
    record AfterId(long id) implements PageToken {
    }

    /** The position just after {@code issue} in {@code order}. */
    static PageToken after(SeekOrder order, SiteIssue issue) {
        if (order == SeekOrder.NEWEST_FIRST) {
            return new AfterId(issue.issueId());
        }
        // split at the first dash, as the SQL's split_part does (project keys have none)
        int dash = issue.key().indexOf('-');
        return new AfterKey(issue.key().substring(0, dash), Long.parseLong(issue.key().substring(dash + 1)));
    }

    /** Whether this position can be continued in {@code order} (an offset always can). */
    default boolean fits(SeekOrder order) {
        return this instanceof Offset || (this instanceof AfterId) == (order == SeekOrder.NEWEST_FIRST);
    }

    default String encode() {
        // Java 17 has no pattern switch: the three kinds in turn
        String plain = this instanceof Offset o ? "o:" + o.start()
                : this instanceof AfterKey k ? "k:" + k.number() + ":" + k.project()
                : "i:" + ((AfterId) this).id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @return null for no token (the first page) */
    static PageToken decode(String token) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        try {
            String s = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = s.split(":", 3);
            return switch (parts[0]) {
                case "o" -> new Offset(Math.max(0, Integer.parseInt(parts[1])));
                case "i" -> new AfterId(Long.parseLong(parts[1]));
                case "k" -> new AfterKey(requireText(parts[2]), Long.parseLong(parts[1]));
                default -> throw new IllegalArgumentException(s);
            };
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw invalid();
        }
    }

    static JiraError invalid() {
        return JiraError.badRequest("The provided next page token is invalid or expired.");
    }

    private static String requireText(String s) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty project");
        }
        return s;
    }
}
