package app.keystone.sandbox.data;

import java.time.OffsetDateTime;

/** A "Blocks" link: {@code outwardIssue} blocks {@code inwardIssue}. */
public record LinkRow(long id, long outwardIssue, long inwardIssue, OffsetDateTime created) {
}
