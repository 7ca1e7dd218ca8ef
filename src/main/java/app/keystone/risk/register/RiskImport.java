package app.keystone.risk.register;

import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a spreadsheet register. Every row is validated exactly like the API validates a create (no {@code id}) or
 * a full replacement of the columns present (an {@code id} of an existing risk). A dry run reports each row's fate
 * and errors and changes nothing. A real run is all-or-nothing: any invalid row answers 400 listing every error as
 * {@code rows[<row>].<field>} and nothing is saved; otherwise all rows are saved in one transaction.
 */
@Component
class RiskImport {

    private final RiskInput input;
    private final RiskRegister register;
    private final RiskLinks links;
    private final RiskVisibility visibility;

    RiskImport(RiskInput input, RiskRegister register, RiskLinks links, RiskVisibility visibility) {
        this.input = input;
        this.register = register;
        this.links = links;
        this.visibility = visibility;
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record RowError(int row, String field, String message) {
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record Report(boolean dryRun, int rows, int created, int updated, int unchanged, List<RowError> errors) {
    }

    private record Planned(StoredRisk current, RiskState next) {
    }

    @Transactional
    Report run(TenantContext caller, RiskTable table, boolean dryRun) {
        List<RowError> errors = new ArrayList<>();
        for (String column : table.header()) {
            if (!RiskColumns.ALL.contains(column)) {
                errors.add(new RowError(1, column, "unknown column; columns are " + String.join(", ", RiskColumns.ALL)));
            }
        }
        if (!table.header().contains("id") && !table.header().containsAll(List.of("title", "probability", "impact"))) {
            errors.add(new RowError(1, "header", "needs the columns title, probability and impact"));
        }
        Set<String> hidden = visibility.hidden(caller);
        Set<UUID> ids = new HashSet<>();
        List<Planned> plan = new ArrayList<>();
        if (errors.isEmpty()) {
            for (RiskTable.Line line : table.lines()) {
                plan(caller, table, line, hidden, ids, errors).ifPresent(plan::add);
            }
        }
        int created = (int) plan.stream().filter(p -> p.current() == null).count();
        int unchanged = (int) plan.stream().filter(p -> p.current() != null && p.current().state().equals(p.next()))
                .count();
        Report report = new Report(dryRun, table.lines().size(), created, plan.size() - created - unchanged,
                unchanged, errors);
        if (dryRun) {
            return report;
        }
        if (!errors.isEmpty()) {
            throw new KeystoneProblem(400, "VALIDATION_FAILED", "Validation failed",
                    errors.size() + " problems in the file; nothing was imported.", errors.stream()
                    .map(e -> new KeystoneProblem.FieldError("rows[" + e.row() + "]." + e.field(), e.message()))
                    .toList());
        }
        for (Planned p : plan) {
            if (p.current() == null) {
                register.created(caller, p.next());
            } else {
                register.replaced(caller, p.current(), p.next());
            }
        }
        return report;
    }

    private Optional<Planned> plan(TenantContext caller, RiskTable table, RiskTable.Line line, Set<String> hidden,
                                   Set<UUID> ids, List<RowError> errors) {
        int row = line.line();
        if (line.cellCount() != table.header().size()) {
            errors.add(new RowError(row, "row", "has " + line.cellCount() + " cells, the header has "
                    + table.header().size()));
            return Optional.empty();
        }
        Cells cells = new Cells(line.cells(), row, errors);
        RiskPatch patch = cells.patch(caller, hidden, links);
        if (cells.failed()) {
            return Optional.empty();
        }
        String id = line.cells().getOrDefault("id", "").strip();
        try {
            if (id.isEmpty()) {
                return Optional.of(new Planned(null, input.create(caller, cells.asNew(patch))));
            }
            if (!RiskParams.UUID_TEXT.matcher(id).matches() || !ids.add(UUID.fromString(id))) {
                errors.add(new RowError(row, "id", "'" + id + "' is not a risk id, or appears twice"));
                return Optional.empty();
            }
            StoredRisk current = register.visible(caller, UUID.fromString(id), true);
            return Optional.of(new Planned(current, input.patch(caller, current.state(), patch)));
        } catch (KeystoneProblem problem) {
            if (problem.errors().isEmpty()) {
                errors.add(new RowError(row, "id", problem.getMessage()));
            }
            problem.errors().forEach(e -> errors.add(new RowError(row, e.field(), e.message())));
            return Optional.empty();
        }
    }

    /** The cells of one row as a merge-patch of the columns present (an empty cell clears the field). */
    private record Cells(Map<String, String> cells, int row, List<RowError> errors) {

        boolean failed() {
            return errors.stream().anyMatch(e -> e.row() == row);
        }

        RiskPatch patch(TenantContext caller, Set<String> hidden, RiskLinks links) {
            return new RiskPatch(text("title"), text("description"), text("category"), number("probability"),
                    number("impact"), number("residualProbability"), number("residualImpact"),
                    value("roam", v -> Roam.valueOf(v.toUpperCase(Locale.ROOT))),
                    value("status", v -> RiskStatus.valueOf(v.toUpperCase(Locale.ROOT))), text("ownerAccountId"),
                    text("mitigation"), text("contingency"), text("trigger"), value("reviewDate", LocalDate::parse),
                    value("dueDate", LocalDate::parse),
                    value("proximity", v -> Proximity.valueOf(v.toUpperCase(Locale.ROOT))),
                    list("programIds"), list("projectKeys"), issues(caller, hidden, links));
        }

        NewRisk asNew(RiskPatch p) {
            return new NewRisk(get(p.title()), get(p.description()), get(p.category()), get(p.probability()),
                    get(p.impact()), get(p.residualProbability()), get(p.residualImpact()), get(p.roam()),
                    get(p.status()), get(p.ownerAccountId()), get(p.mitigation()), get(p.contingency()),
                    get(p.trigger()), get(p.reviewDate()), get(p.dueDate()), get(p.proximity()), get(p.programIds()),
                    get(p.projectKeys()), get(p.issueIds()));
        }

        private static <T> T get(Optional<T> value) {
            return value == null ? null : value.orElse(null);
        }

        private Optional<String> text(String column) {
            return value(column, v -> v);
        }

        private Optional<Integer> number(String column) {
            return value(column, v -> {
                if (!v.matches("-?[0-9]{1,3}")) {
                    throw new IllegalArgumentException("must be a whole number 1..5");
                }
                return Integer.parseInt(v);
            });
        }

        private Optional<List<String>> list(String column) {
            return value(column, v -> Arrays.stream(v.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        }

        private Optional<List<String>> issues(TenantContext caller, Set<String> hidden, RiskLinks links) {
            Optional<List<String>> keys = list("issueKeys");
            if (keys == null || keys.isEmpty()) {
                return keys;
            }
            Map<String, Long> ids = links.idsByKey(caller.tenantId(), keys.get(), hidden);
            List<String> result = new ArrayList<>();
            for (String key : keys.get()) {
                if (ids.containsKey(key)) {
                    result.add(ids.get(key).toString());
                } else {
                    errors.add(new RowError(row, "issueKeys", "no issue " + key + " in Keystone's copy of Jira"));
                }
            }
            return Optional.of(result);
        }

        /** Null when the column is absent, empty when the cell is, else the parsed value (or a row error). */
        private <T> Optional<T> value(String column, Function<String, T> parse) {
            if (!cells.containsKey(column)) {
                return null;
            }
            String raw = cells.get(column) == null ? "" : cells.get(column).strip();
            if (raw.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(parse.apply(raw));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                errors.add(new RowError(row, column, "'" + raw + "' is not a valid " + column));
                return Optional.empty();
            }
        }
    }
}
