package app.keystone.automation;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.program.HealthReason;
import app.keystone.program.HealthReason.HealthStatus;
import app.keystone.program.ProgramHealthReader;
import app.keystone.program.Programs;
import app.keystone.risk.Risks;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** How a digest reads: health change, sections capped for big programs, HTML escaped. */
class DigestTest {

    private static final ProgramHealthReader.Health RED = new ProgramHealthReader.Health(HealthStatus.RED,
            List.of(new HealthReason(HealthStatus.RED, "RISK_CRITICAL", "1 open risk is CRITICAL")), false);

    private static Digest digest(String previous, List<Programs.IssueRef> epics) {
        Risks.RiskNews risk = new Risks.RiskNews(UUID.randomUUID(), "<script>alert(1)</script> & co", "CRITICAL",
                null, true, Set.of("WEB"));
        return new Digest("Checkout <2.0>", "2026-W48", "the last 7 days", RED, previous, List.of(risk), epics,
                List.of());
    }

    @Test
    void saysHowHealthChanged() {
        assertThat(digest(null, List.of()).subject()).isEqualTo("Keystone weekly digest: Checkout <2.0> — RED (first digest)");
        assertThat(digest("RED", List.of()).change()).isEqualTo("unchanged");
        assertThat(digest("GREEN", List.of()).summary()).isEqualTo("Health RED (was GREEN: 1 open risk is CRITICAL); "
                + "1 new risk, 0 escalated, 0 epics completed, 0 milestones in the next 14 days");
    }

    @Test
    void aBigProgramsSectionsAreCappedAndTheHtmlIsEscaped() {
        List<Programs.IssueRef> epics = LongStream.rangeClosed(1, 30)
                .mapToObj(i -> new Programs.IssueRef(i, "WEB-" + i, "Epic " + i, 10000)).toList();
        Digest.Body body = digest("AMBER", epics).body(r -> true, e -> true);
        assertThat(body.text()).contains("- WEB-25 Epic 25\n- … and 5 more in Keystone\n").doesNotContain("WEB-26");
        assertThat(body.html()).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co")
                .contains("Program Checkout &lt;2.0&gt;").doesNotContain("<script>");
        Digest.Body partial = digest("AMBER", epics).body(r -> false, e -> e.id() <= 2);
        assertThat(partial.text()).contains("New risks:\n  None.").contains("WEB-2 Epic 2").doesNotContain("WEB-3 ")
                .contains("Some risks or epics are left out");
    }
}
