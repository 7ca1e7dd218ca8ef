package app.keystone.sandbox.rest;

import app.keystone.sandbox.SandboxProfile;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Renders an issue the way REST v3 does (GET issue, search/jql): ids as strings, Jira's date formats, parent
 * absent when there is none, links read from the viewing issue's side.
 */
@Component
@SandboxProfile
class IssueRenderer {

    static final String EXPAND = "renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations";

    private final JiraJson j;
    private final SiteData data;

    IssueRenderer(JiraJson j, SiteData data) {
        this.j = j;
        this.data = data;
    }

    /** The same rendering with other URLs and zone, e.g. {@link JiraJson#webhookStyle}. */
    IssueRenderer with(JiraJson json) {
        return new IssueRenderer(json, data);
    }

    JiraJson json() {
        return j;
    }

    ObjectNode render(SiteIssue i, FieldSelection fields) {
        return render(List.of(i), fields).get(0);
    }

    /**
     * Renders a page of issues. What the fields need beyond the issue rows (parents, people, links and their other
     * ends, sub-tasks) is read once for the page, a handful of queries instead of several per issue.
     */
    List<ObjectNode> render(List<SiteIssue> page, FieldSelection fields) {
        Related related = fields.wantsFields() ? Related.read(data, page, fields) : Related.NONE;
        List<ObjectNode> nodes = new ArrayList<>(page.size());
        for (SiteIssue i : page) {
            ObjectNode node = j.object().put("expand", EXPAND).put("id", i.id()).put("self", j.api("issue/" + i.id()))
                    .put("key", i.key());
            if (fields.wantsFields()) {
                node.set("fields", fields(i, fields, related));
            }
            nodes.add(node);
        }
        return nodes;
    }

    /** A page's related rows, each read only if a selected field shows it. */
    private record Related(Map<Long, SiteIssue> issues, Map<String, SiteData.User> users,
                           Map<Long, List<SiteData.Link>> links, Map<Long, List<SiteIssue>> subtasks) {

        static final Related NONE = new Related(Map.of(), Map.of(), Map.of(), Map.of());

        static Related read(SiteData data, List<SiteIssue> page, FieldSelection sel) {
            List<Long> ids = page.stream().map(SiteIssue::issueId).toList();
            Map<Long, List<SiteData.Link>> links = sel.includes("issuelinks") ? data.linksOf(ids) : Map.of();
            Set<Long> others = new HashSet<>();
            if (sel.includes("parent")) {
                page.stream().map(SiteIssue::parent).filter(Objects::nonNull).forEach(others::add);
            }
            links.values().forEach(list -> list.forEach(l -> {
                others.add(l.outwardIssue());
                others.add(l.inwardIssue());
            }));
            Set<String> people = new HashSet<>();
            page.forEach(i -> {
                if (sel.includes("assignee") && i.assignee() != null) {
                    people.add(i.assignee());
                }
                if (sel.includes("reporter") && i.reporter() != null) {
                    people.add(i.reporter());
                }
            });
            boolean subtasks = sel.all() || sel.included().stream().anyMatch(s -> s.startsWith("aggregate")
                    || s.equals("subtasks"));
            return new Related(byId(data.issues(others)),
                    data.users(people).stream().collect(Collectors.toMap(SiteData.User::accountId, u -> u)), links,
                    subtasks ? data.subtasksOf(ids) : Map.of());
        }

        private static Map<Long, SiteIssue> byId(List<SiteIssue> issues) {
            return issues.stream().collect(Collectors.toMap(SiteIssue::issueId, Function.identity()));
        }
    }

    private ObjectNode fields(SiteIssue i, FieldSelection sel, Related related) {
        ObjectNode f = j.object();
        put(f, sel, "summary", () -> f.put("summary", i.summary()));
        put(f, sel, "issuetype", () -> f.set("issuetype", j.issueType(i)));
        put(f, sel, "status", () -> f.set("status", j.status(i.statusId(), i.statusName(), i.categoryKey())));
        put(f, sel, "priority", () -> f.set("priority", j.priority()));
        put(f, sel, "project", () -> f.set("project", j.project(i.project(), i.projectKey(), i.projectName())));
        if (i.parent() != null) {
            put(f, sel, "parent", () -> Optional.ofNullable(related.issues().get(i.parent()))
                    .ifPresent(p -> f.set("parent", linked(p))));
        }
        put(f, sel, "assignee", () -> f.set("assignee", user(i.assignee(), related)));
        put(f, sel, "reporter", () -> f.set("reporter", user(i.reporter(), related)));
        put(f, sel, "labels", () -> i.labelList().forEach(f.putArray("labels")::add));
        put(f, sel, "duedate", () -> f.put("duedate", i.due() == null ? null : i.due().toString()));
        put(f, sel, SiteIssue.START_DATE, () -> f.put(SiteIssue.START_DATE,
                i.startDate() == null ? null : i.startDate().toString()));
        put(f, sel, SiteIssue.STORY_POINTS, () -> f.put(SiteIssue.STORY_POINTS,
                i.storyPoints() == null ? null : i.storyPoints().doubleValue()));
        put(f, sel, SiteIssue.FLAGGED, () -> flagged(f, i));
        put(f, sel, "created", () -> f.put("created", j.time(i.created())));
        put(f, sel, "updated", () -> f.put("updated", j.time(i.updated())));
        put(f, sel, "statuscategorychangedate", () -> f.put("statuscategorychangedate", j.time(i.updated())));
        put(f, sel, "resolutiondate", () -> f.put("resolutiondate", j.time(i.resolutionDate())));
        put(f, sel, "resolution", () -> f.set("resolution", i.resolutionDate() == null ? null : j.object()
                .put("self", j.api("resolution/10000")).put("id", "10000").put("description", "Work has been completed.")
                .put("name", "Done")));
        put(f, sel, "timetracking", () -> f.set("timetracking", timetracking(i)));
        put(f, sel, "timeoriginalestimate", () -> f.put("timeoriginalestimate", i.originalEstimate()));
        put(f, sel, "timeestimate", () -> f.put("timeestimate", i.remainingEstimate()));
        put(f, sel, "timespent", () -> f.put("timespent", i.timeSpent()));
        List<SiteIssue> subtasks = related.subtasks().getOrDefault(i.issueId(), List.of());
        // Σ fields: the issue plus its sub-tasks
        put(f, sel, "aggregatetimeoriginalestimate", () -> f.put("aggregatetimeoriginalestimate",
                sum(i, subtasks, SiteIssue::originalEstimate)));
        put(f, sel, "aggregatetimeestimate", () -> f.put("aggregatetimeestimate",
                sum(i, subtasks, SiteIssue::remainingEstimate)));
        put(f, sel, "aggregatetimespent", () -> f.put("aggregatetimespent", sum(i, subtasks, SiteIssue::timeSpent)));
        put(f, sel, "subtasks", () -> {
            ArrayNode array = f.putArray("subtasks");
            subtasks.forEach(s -> array.add(linked(s)));
        });
        put(f, sel, "issuelinks", () -> f.set("issuelinks", links(i, related)));
        return f;
    }

    private static void put(ObjectNode f, FieldSelection sel, String field, Runnable render) {
        if (sel.includes(field)) {
            render.run();
        }
    }

    private void flagged(ObjectNode f, SiteIssue i) {
        if (!i.flagged()) {
            f.putNull(SiteIssue.FLAGGED);
            return;
        }
        f.putArray(SiteIssue.FLAGGED).addObject().put("self", j.api("customFieldOption/10019"))
                .put("value", "Impediment").put("id", "10019");
    }

    private ObjectNode user(String accountId, Related related) {
        SiteData.User user = accountId == null ? null : related.users().get(accountId);
        return user == null ? null : j.user(user);
    }

    private ObjectNode timetracking(SiteIssue i) {
        ObjectNode t = j.object();
        if (i.originalEstimate() != null) {
            t.put("originalEstimate", JiraJson.duration(i.originalEstimate()));
        }
        if (i.remainingEstimate() != null) {
            t.put("remainingEstimate", JiraJson.duration(i.remainingEstimate()));
        }
        if (i.timeSpent() != null) {
            t.put("timeSpent", JiraJson.duration(i.timeSpent()));
        }
        if (i.originalEstimate() != null) {
            t.put("originalEstimateSeconds", i.originalEstimate());
        }
        if (i.remainingEstimate() != null) {
            t.put("remainingEstimateSeconds", i.remainingEstimate());
        }
        if (i.timeSpent() != null) {
            t.put("timeSpentSeconds", i.timeSpent());
        }
        return t;
    }

    private static Long sum(SiteIssue i, List<SiteIssue> subtasks, Function<SiteIssue, Long> value) {
        Long total = value.apply(i);
        for (SiteIssue s : subtasks) {
            Long v = value.apply(s);
            // no ternary here: mixing Long and long would unbox a null total
            if (v != null) {
                total = total == null ? v : Long.valueOf(total + v);
            }
        }
        return total;
    }

    /** Jira's LinkedIssue: the nested form used for parent, sub-tasks and link ends. */
    ObjectNode linked(SiteIssue i) {
        ObjectNode node = j.object().put("id", i.id()).put("key", i.key()).put("self", j.api("issue/" + i.id()));
        ObjectNode f = node.putObject("fields").put("summary", i.summary());
        f.set("status", j.status(i.statusId(), i.statusName(), i.categoryKey()));
        f.set("priority", j.priority());
        f.set("issuetype", j.issueType(i));
        return node;
    }

    private ArrayNode links(SiteIssue i, Related related) {
        ArrayNode array = j.object().arrayNode();
        Map<Long, SiteIssue> others = related.issues();
        for (SiteData.Link l : related.links().getOrDefault(i.issueId(), List.of())) {
            ObjectNode entry = array.addObject().put("id", Long.toString(l.id())).put("self", j.api("issueLink/" + l.id()));
            entry.putObject("type").put("id", "10000").put("name", "Blocks").put("inward", "is blocked by")
                    .put("outward", "blocks").put("self", j.api("issueLinkType/10000"));
            // seen from this issue: if it blocks the other one, the other is its "outwardIssue"
            boolean thisBlocks = l.outwardIssue() == i.issueId();
            SiteIssue other = others.get(thisBlocks ? l.inwardIssue() : l.outwardIssue());
            entry.set(thisBlocks ? "outwardIssue" : "inwardIssue", linked(other));
        }
        return array;
    }
}
