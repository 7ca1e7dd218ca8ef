package app.keystone.automation;

import app.keystone.program.HealthReason;
import app.keystone.program.ProgramHealthReader;
import app.keystone.program.Programs;
import app.keystone.risk.Risks;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.web.util.HtmlUtils;

/**
 * What one program's weekly digest says: health now against the previous digest's, the risks new or escalated in
 * the period, the epics completed in it and the milestones ahead. {@link #body} writes it for one reader, leaving
 * out the risks and epics of projects they may not browse; {@link #summary} is the run log's sentence.
 */
record Digest(String program, String week, String period, ProgramHealthReader.Health health, String previousHealth,
              List<Risks.RiskNews> risks, List<Programs.IssueRef> epics, List<Programs.Milestone> milestones) {

    static final int MILESTONE_DAYS = 14;
    /** Lines per section at most, so a big program's digest stays an e-mail; the rest are counted. */
    static final int MAX_LINES = 25;

    /** The e-mail as one reader gets it: plain text and HTML. */
    record Body(String text, String html) {
    }

    /** How health changed: "was GREEN", "unchanged", or "first digest" when the program had none before. */
    String change() {
        if (previousHealth == null) {
            return "first digest";
        }
        return previousHealth.equals(health.status().name()) ? "unchanged" : "was " + previousHealth;
    }

    String subject() {
        return "Keystone weekly digest: " + program + " — " + health.status() + " (" + change() + ")";
    }

    List<Risks.RiskNews> newRisks() {
        return risks.stream().filter(Risks.RiskNews::created).toList();
    }

    List<Risks.RiskNews> escalated() {
        return risks.stream().filter(r -> !r.created()).toList();
    }

    /** "Health AMBER (was GREEN: 1 open risk is HIGH); 2 new risks, 1 escalated, 3 epics completed, 1 milestone …" */
    String summary() {
        List<String> deciding = health.reasons().stream().filter(r -> r.status() == health.status())
                .map(HealthReason::message).toList();
        return "Health " + health.status() + " (" + change() + (deciding.isEmpty() ? "" : ": "
                + String.join("; ", deciding)) + "); " + count(newRisks().size(), "new risk", "new risks") + ", "
                + escalated().size() + " escalated, " + count(epics.size(), "epic completed", "epics completed") + ", "
                + count(milestones.size(), "milestone", "milestones") + " in the next " + MILESTONE_DAYS + " days";
    }

    /** The digest for a reader who may see the risks and epics the predicates accept. */
    Body body(Predicate<Risks.RiskNews> riskVisible, Predicate<Programs.IssueRef> epicVisible) {
        List<Section> sections = new ArrayList<>();
        List<String> reasons = health.reasons().stream().map(r -> r.status() + ": " + r.message()).toList();
        sections.add(new Section("Health " + health.status() + " (" + change() + ")", reasons, "No reasons: all is well."));
        List<Risks.RiskNews> seenNew = newRisks().stream().filter(riskVisible).toList();
        List<Risks.RiskNews> seenUp = escalated().stream().filter(riskVisible).toList();
        List<Programs.IssueRef> seenEpics = epics.stream().filter(epicVisible).toList();
        sections.add(new Section("New risks", lines(seenNew, r -> "[" + r.level() + "] " + r.title()), "None."));
        sections.add(new Section("Escalated risks", lines(seenUp, r -> "[" + r.level() + ", was " + r.previousLevel()
                + "] " + r.title()), "None."));
        sections.add(new Section("Epics completed", lines(seenEpics, e -> e.key() + " " + e.summary()), "None."));
        sections.add(new Section("Milestones in the next " + MILESTONE_DAYS + " days",
                lines(milestones, m -> m.date() + " " + m.name()), "None."));
        boolean partial = seenNew.size() + seenUp.size() < risks.size() || seenEpics.size() < epics.size();
        String intro = "Program " + program + ", week " + week + " (" + period + ").";
        String outro = partial ? "Some risks or epics are left out: they are in Jira projects you may not browse." : null;
        return new Body(text(intro, sections, outro), html(intro, sections, outro));
    }

    private record Section(String title, List<String> lines, String none) {
    }

    private static <T> List<String> lines(List<T> items, Function<T, String> line) {
        List<String> lines = new ArrayList<>(items.stream().limit(MAX_LINES).map(line).toList());
        if (items.size() > MAX_LINES) {
            lines.add("… and " + (items.size() - MAX_LINES) + " more in Keystone");
        }
        return lines;
    }

    private static String text(String intro, List<Section> sections, String outro) {
        StringBuilder b = new StringBuilder(intro).append('\n');
        for (Section s : sections) {
            b.append('\n').append(s.title()).append(":\n");
            if (s.lines().isEmpty()) {
                b.append("  ").append(s.none()).append('\n');
            }
            s.lines().forEach(l -> b.append("- ").append(l).append('\n'));
        }
        if (outro != null) {
            b.append('\n').append(outro).append('\n');
        }
        return b.toString();
    }

    private static String html(String intro, List<Section> sections, String outro) {
        StringBuilder b = new StringBuilder("<p>").append(HtmlUtils.htmlEscape(intro)).append("</p>");
        for (Section s : sections) {
            b.append("<h3>").append(HtmlUtils.htmlEscape(s.title())).append("</h3>");
            if (s.lines().isEmpty()) {
                b.append("<p>").append(HtmlUtils.htmlEscape(s.none())).append("</p>");
            } else {
                b.append("<ul>");
                s.lines().forEach(l -> b.append("<li>").append(HtmlUtils.htmlEscape(l)).append("</li>"));
                b.append("</ul>");
            }
        }
        if (outro != null) {
            b.append("<p><em>").append(HtmlUtils.htmlEscape(outro)).append("</em></p>");
        }
        return b.toString();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
