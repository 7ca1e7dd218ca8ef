package app.keystone.jira.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Jira's date-times, read by the field-by-field path where they have Jira's shape and by the formatter otherwise. */
class JiraValuesTest {

    @Test
    void jirasShapeIsReadWithoutTheFormatterToTheSameInstant() {
        assertThat(JiraValues.jiraShape("2026-11-26T10:00:00.000+0000")).isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
        assertThat(JiraValues.jiraShape("2026-02-13T09:15:42.123+0530")).isEqualTo(Instant.parse("2026-02-13T03:45:42.123Z"));
        assertThat(JiraValues.jiraShape("2026-12-31T23:59:59.999-0800")).isEqualTo(Instant.parse("2027-01-01T07:59:59.999Z"));
        assertThat(JiraValues.jiraShape("2024-02-29T00:00:00.000+1400")).isEqualTo(Instant.parse("2024-02-28T10:00:00Z"));
        assertThat(date("2026-02-13T09:15:42.123+0530")).isEqualTo(Instant.parse("2026-02-13T03:45:42.123Z"));
    }

    @Test
    void everythingElseTakesTheFormattersPathAsBefore() {
        // other shapes the formatter accepts
        assertThat(JiraValues.jiraShape("2026-11-26T10:00:00+0000")).isNull();
        assertThat(date("2026-11-26T10:00:00+0000")).isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
        assertThat(JiraValues.jiraShape("2026-11-26T10:00:00.000+05:30")).isNull();
        assertThat(date("2026-11-26T10:00:00.000+05:30")).isEqualTo(Instant.parse("2026-11-26T04:30:00Z"));
        assertThat(date("2026-11-26T10:00:00.123456+0000")).isEqualTo(Instant.parse("2026-11-26T10:00:00.123456Z"));
        // Jira's shape with values the formatter adjusts or refuses: the formatter decides, as it always did
        assertThat(JiraValues.jiraShape("2026-02-30T10:00:00.000+0000")).isNull();
        assertThat(date("2026-02-30T10:00:00.000+0000")).isEqualTo(Instant.parse("2026-02-28T10:00:00Z"));
        for (String refused : new String[] {"0000-01-01T00:00:00.000+0000", "2026-13-01T00:00:00.000+0000",
                "2026-11-26T25:00:00.000+0000", "2026-11-26T10:60:00.000+0000", "2026-11-26T10:00:00.000+1900",
                "2026-11-26T10:00:00.000+0099", "2026-11-26T1a:00:00.000+0000", "2026-11-26 10:00:00.000+0000",
                "２０２６-11-26T10:00:00.000+0000", "yesterday"}) {
            assertThat(JiraValues.jiraShape(refused)).as(refused).isNull();
            assertThatThrownBy(() -> date(refused)).as(refused).isInstanceOf(PayloadException.class);
        }
    }

    private static Instant date(String text) {
        return JiraValues.dateTime(TextNode.valueOf(text), "updated");
    }
}
