package app.keystone.program.catalog;

import app.keystone.program.catalog.ProgramState.Milestone;
import app.keystone.program.catalog.ProgramState.StatusOverride;
import app.keystone.shared.TenantId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads programs with their projects, roots and milestones: one query per table for a whole page, never per
 * program. Always scoped by tenant.
 */
@Component
class ProgramRows {

    private static final String COLUMNS = """
            select id, name, description, owner_account_id, start_date, target_date, label_filter,
                   issue_type_filter, status_override, status_override_reason, created_at, updated_at, version,
                   lower(name) as sort_name
            from program""";

    private final JdbcClient db;

    ProgramRows(JdbcClient db) {
        this.db = db;
    }

    /** A row of the program table before its child rows are attached. */
    private record Head(UUID id, String sortName, ProgramState state, OffsetDateTime createdAt,
                        OffsetDateTime updatedAt, long version) {
    }

    /** The program with its cursor key (its lowercase name), for paging. */
    record Listed(StoredProgram program, String sortName) {
    }

    Optional<StoredProgram> find(TenantId tenant, UUID id, boolean forUpdate) {
        List<Head> heads = db.sql(COLUMNS + " where tenant_id = :t and id = :id" + (forUpdate ? " for update" : ""))
                .param("t", tenant.value()).param("id", id).query(ProgramRows::head).list();
        return withChildren(tenant, heads).stream().findFirst().map(Listed::program);
    }

    /** Up to {@code limit} programs ordered by lowercase name then id, after the cursor position if given. */
    List<Listed> page(TenantId tenant, String nameContains, PageCursor after, int limit) {
        StringBuilder sql = new StringBuilder(COLUMNS).append(" where tenant_id = :t");
        Map<String, Object> params = new HashMap<>(Map.of("t", tenant.value(), "limit", limit));
        if (nameContains != null) {
            sql.append(" and name ilike :pattern escape '\\'");
            params.put("pattern", "%" + nameContains.replaceAll("([\\\\%_])", "\\\\$1") + "%");
        }
        if (after != null) {
            sql.append(" and (lower(name), id) > (:afterName, :afterId)");
            params.put("afterName", after.sortName());
            params.put("afterId", after.id());
        }
        sql.append(" order by lower(name), id limit :limit");
        return withChildren(tenant, db.sql(sql.toString()).params(params).query(ProgramRows::head).list());
    }

    private List<Listed> withChildren(TenantId tenant, List<Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = heads.stream().map(Head::id).toList();
        Map<UUID, List<String>> projects = group(tenant, ids,
                "select program_id, project_key from program_project where %s order by project_key",
                rs -> rs.getString(2));
        Map<UUID, List<Long>> roots = group(tenant, ids,
                "select program_id, issue_id from program_root where %s order by issue_id", rs -> rs.getLong(2));
        Map<UUID, List<Milestone>> milestones = group(tenant, ids, """
                select program_id, id, name, due_date, issue_ids from program_milestone where %s
                order by due_date, name""", rs -> new Milestone(rs.getObject(2, UUID.class), rs.getString(3),
                rs.getObject(4, LocalDate.class), Arrays.asList(longs(rs.getArray(5)))));
        List<Listed> out = new ArrayList<>();
        for (Head h : heads) {
            ProgramState s = h.state();
            ProgramState full = new ProgramState(s.name(), s.description(), s.ownerAccountId(), s.startDate(),
                    s.targetDate(), projects.getOrDefault(h.id(), List.of()), roots.getOrDefault(h.id(), List.of()),
                    s.labels(), s.issueTypes(), milestones.getOrDefault(h.id(), List.of()), s.statusOverride());
            out.add(new Listed(new StoredProgram(h.id(), full, h.createdAt().toInstant(), h.updatedAt().toInstant(),
                    h.version()), h.sortName()));
        }
        return out;
    }

    private <T> Map<UUID, List<T>> group(TenantId tenant, Collection<UUID> ids, String sql, Column<T> column) {
        Map<UUID, List<T>> grouped = new HashMap<>();
        db.sql(sql.formatted("tenant_id = :t and program_id in (:ids)"))
                .param("t", tenant.value()).param("ids", ids)
                .query(rs -> {
                    grouped.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(column.read(rs));
                });
        return grouped;
    }

    private static Head head(ResultSet rs, int n) throws SQLException {
        String status = rs.getString("status_override");
        ProgramState state = new ProgramState(rs.getString("name"), rs.getString("description"),
                rs.getString("owner_account_id"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("target_date", LocalDate.class), List.of(), List.of(),
                List.of(strings(rs.getArray("label_filter"))), List.of(strings(rs.getArray("issue_type_filter"))),
                List.of(), status == null ? null
                        : new StatusOverride(HealthStatus.valueOf(status), rs.getString("status_override_reason")));
        return new Head(rs.getObject("id", UUID.class), rs.getString("sort_name"), state,
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getLong("version"));
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }

    private static Long[] longs(Array array) throws SQLException {
        return (Long[]) array.getArray();
    }

    @FunctionalInterface
    private interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
