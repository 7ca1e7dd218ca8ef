package app.keystone.sandbox.jql;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a search needs to know about the site and the searching user.
 *
 * @param clock            "now" for relative dates and date functions
 * @param zone             the searching user's time zone: dates without a time are midnight there
 * @param currentAccountId the searching user's accountId for {@code currentUser()}; null when anonymous
 * @param customFieldIds   resolves a clause name as typed ({@code "Story point estimate"} or
 *                         {@code cf[10016]}) to a field id ({@code customfield_10016}), or empty
 * @param projectExists    whether a project value as typed (key in any case, numeric id or name) exists
 * @param firstDayOfWeek   where {@code startOfWeek()} starts; Jira follows the user's locale
 */
public record JqlContext(Clock clock, ZoneId zone, String currentAccountId,
        Function<String, Optional<String>> customFieldIds, Predicate<String> projectExists,
        DayOfWeek firstDayOfWeek) {

    public JqlContext {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(customFieldIds, "customFieldIds");
        Objects.requireNonNull(projectExists, "projectExists");
        Objects.requireNonNull(firstDayOfWeek, "firstDayOfWeek");
    }

    /** Weeks start on Sunday, the default for an English (US) Jira user. */
    public JqlContext(Clock clock, ZoneId zone, String currentAccountId,
            Function<String, Optional<String>> customFieldIds, Predicate<String> projectExists) {
        this(clock, zone, currentAccountId, customFieldIds, projectExists, DayOfWeek.SUNDAY);
    }

    Optional<String> currentUser() {
        return Optional.ofNullable(currentAccountId);
    }
}
