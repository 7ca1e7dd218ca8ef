package app.keystone.sandbox.jql;

import static app.keystone.sandbox.jql.TestIssue.issue;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ten issues over three projects with epics, stories and sub-tasks, searched on Wednesday 2026-03-18 at
 * 10:00 UTC by a user in India (UTC+05:30, 15:30 local), so "today" starts at 2026-03-17T18:30Z.
 */
final class JqlFixture {

    static final Instant NOW = Instant.parse("2026-03-18T10:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");
    static final String ALICE = "5f8a00000000000000000a11";
    static final String BOB = "5f8a00000000000000000b0b";
    static final String CAROL = "5f8a00000000000000000ca7";
    static final String DAVE = "712020:0d5e-dave";

    static final String POINTS = "customfield_10016";
    static final String TEAM = "customfield_10100";
    static final String START = "customfield_10015";
    static final String PLATFORMS = "customfield_10200";

    private static final String[] WEB = {"WEB", "10000", "Web Storefront"};
    private static final String[] PAY = {"PAY", "10001", "Payments Platform"};
    private static final String[] OPS = {"OPS", "10002", "Operations"};
    private static final Map<String, String> CUSTOM_FIELDS = Map.of(
            "story point estimate", POINTS, "team", TEAM, "start date", START, "platforms", PLATFORMS);

    static final TestIssue WEB_1 = issue("10001", "WEB-1", WEB, "2026-01-05T09:00:00Z").type("Epic")
            .status("In Progress", "indeterminate").labels("frontend").assignee(ALICE).reporter(BOB)
            .updated("2026-03-17T20:00:00Z").due("2026-03-31").custom(START, LocalDate.parse("2026-01-12"));
    static final TestIssue WEB_2 = issue("10002", "WEB-2", WEB, "2026-02-10T12:00:00Z").parent(WEB_1)
            .labels("frontend", "Backend").assignee(BOB).reporter(ALICE).updated("2026-03-10T08:00:00Z")
            .due("2026-03-18").custom(POINTS, 5.0).custom(PLATFORMS, List.of("Web", "iOS"));
    static final TestIssue WEB_3 = issue("10003", "WEB-3", WEB, "2026-02-11T12:00:00Z").type("Sub-task")
            .parent(WEB_2).status("Done", "done").reporter(ALICE).updated("2026-03-01T10:00:00Z")
            .resolved("2026-03-01T10:00:00Z").custom(POINTS, 1.0);
    static final TestIssue PAY_1 = issue("10004", "PAY-1", PAY, "2025-12-01T10:00:00Z").type("Epic")
            .status("In Progress", "indeterminate").labels("payments").assignee(CAROL).reporter(BOB)
            .updated("2026-03-12T10:00:00Z").due("2026-04-15");
    static final TestIssue PAY_2 = issue("10005", "PAY-2", PAY, "2026-01-20T10:00:00Z").parent(PAY_1)
            .status("Done", "done").labels("payments", "backend").assignee(ALICE).reporter(CAROL)
            .updated("2026-03-16T10:00:00Z").resolved("2026-03-16T10:00:00Z").custom(POINTS, 3.0)
            .custom(TEAM, "Core");
    static final TestIssue PAY_3 = issue("10006", "PAY-3", PAY, "2026-03-17T19:00:00Z").type("Bug")
            .reporter(CAROL).due("2026-03-17").custom(TEAM, "Mobile");
    static final TestIssue WEB_10 = issue("10007", "WEB-10", WEB, "2026-03-01T00:00:00Z").parent(WEB_1)
            .status("In Review", "indeterminate").labels("backend").assignee(ALICE).reporter(BOB)
            .updated("2026-03-18T09:00:00Z").custom(POINTS, 8.0).custom(PLATFORMS, List.of("Android"));
    static final TestIssue OPS_1 = issue("10008", "OPS-1", OPS, "2026-03-11T10:00:00Z").type("Task")
            .status("Blocked", "indeterminate").labels("infra", "on call").assignee(DAVE).reporter(ALICE);
    static final TestIssue OPS_2 = issue("10009", "OPS-2", OPS, "2026-03-12T10:00:00Z").type("Sub-task")
            .parent(OPS_1).status("Done", "done").labels("infra").assignee(DAVE).reporter(DAVE)
            .resolved("2026-03-13T10:00:00Z");
    static final TestIssue PAY_4 = issue("10010", "PAY-4", PAY, "2026-03-18T09:59:00Z").parent(PAY_1)
            .status("In Progress", "indeterminate").labels("backend").assignee(BOB).reporter(CAROL)
            .custom(POINTS, 2.0).custom(TEAM, "Core");

    static final List<JqlIssue> ISSUES = List.of(WEB_1, WEB_2, WEB_3, PAY_1, PAY_2, PAY_3, WEB_10, OPS_1, OPS_2,
            PAY_4);

    private JqlFixture() {
    }

    static JqlContext context() {
        return context(ALICE);
    }

    static JqlContext context(String currentUser) {
        return context(currentUser, ZONE, DayOfWeek.SUNDAY);
    }

    static JqlContext context(String currentUser, ZoneId zone, DayOfWeek firstDayOfWeek) {
        return new JqlContext(Clock.fixed(NOW, ZoneOffset.UTC), zone, currentUser, JqlFixture::customFieldId,
                JqlFixture::projectExists, firstDayOfWeek);
    }

    /** Keys of the matching issues, in the query's order. */
    static List<String> search(String jql) {
        return search(jql, context());
    }

    static List<String> search(String jql, JqlContext context) {
        JqlQuery query = JqlParser.parse(jql);
        return ISSUES.stream().filter(query.where(context)).sorted(query.orderBy(context)).map(JqlIssue::key)
                .toList();
    }

    /** The message Jira would answer 400 with, whether parsing or binding refused the query. */
    static String error(String jql) {
        try {
            List<String> found = search(jql);
            throw new AssertionError("expected a JqlException for: " + jql + " but found " + found);
        } catch (JqlException expected) {
            return expected.getMessage();
        }
    }

    private static Optional<String> customFieldId(String clauseName) {
        String lower = clauseName.toLowerCase(Locale.ROOT);
        if (lower.startsWith("cf[")) {
            String id = "customfield_" + lower.substring(3, lower.length() - 1);
            return CUSTOM_FIELDS.containsValue(id) ? Optional.of(id) : Optional.empty();
        }
        return Optional.ofNullable(CUSTOM_FIELDS.get(lower));
    }

    private static boolean projectExists(String value) {
        return Set.of(WEB, PAY, OPS).stream().anyMatch(p -> p[0].equalsIgnoreCase(value) || p[1].equals(value)
                || p[2].equalsIgnoreCase(value));
    }
}
