package app.keystone.program.metrics;

import app.keystone.shared.TenantId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Metric definitions: every statement is scoped by tenant and program, so another site's id matches nothing. */
@Repository
class MetricStore {

    private static final String COLUMNS = """
            select id, program_id, name, unit, direction, target_value, target_date, source, last_error, last_error_at,
                   created_at, updated_at, version from program_metric""";

    private final JdbcClient db;
    private final ObjectMapper json;

    MetricStore(JdbcClient db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** The program's row locked (share), so a metric is never added to a program being deleted. */
    boolean lockProgram(TenantId tenant, UUID programId) {
        return db.sql("select id from program where tenant_id = :t and id = :p for share")
                .param("t", tenant.value()).param("p", programId).query(UUID.class).optional().isPresent();
    }

    boolean programExists(TenantId tenant, UUID programId) {
        return db.sql("select exists (select 1 from program where tenant_id = :t and id = :p)")
                .param("t", tenant.value()).param("p", programId).query(Boolean.class).single();
    }

    int count(TenantId tenant, UUID programId) {
        return db.sql("select count(*) from program_metric where tenant_id = :t and program_id = :p")
                .param("t", tenant.value()).param("p", programId).query(Integer.class).single();
    }

    boolean nameTaken(TenantId tenant, UUID programId, String name, UUID except) {
        return db.sql("""
                select exists (select 1 from program_metric where tenant_id = :t and program_id = :p
                               and lower(name) = lower(:name) and id <> :except)""")
                .param("t", tenant.value()).param("p", programId).param("name", name).param("except", except)
                .query(Boolean.class).single();
    }

    void insert(TenantId tenant, UUID id, UUID programId, NewMetric m) {
        db.sql("""
                insert into program_metric (id, tenant_id, program_id, name, unit, direction, target_value, target_date,
                    source_type, source)
                values (:id, :t, :p, :name, :unit, :direction, :target, :targetDate, :type, cast(:source as jsonb))""")
                .param("id", id).param("t", tenant.value()).param("p", programId).params(columns(m)).update();
    }

    void update(TenantId tenant, UUID id, NewMetric m) {
        db.sql("""
                update program_metric set name = :name, unit = :unit, direction = :direction, target_value = :target,
                    target_date = :targetDate, source_type = :type, source = cast(:source as jsonb),
                    updated_at = now(), version = version + 1
                where tenant_id = :t and id = :id""")
                .param("id", id).param("t", tenant.value()).params(columns(m)).update();
    }

    void delete(TenantId tenant, UUID id) {
        db.sql("delete from program_metric where tenant_id = :t and id = :id")
                .param("t", tenant.value()).param("id", id).update();
    }

    Optional<StoredMetric> find(TenantId tenant, UUID programId, UUID id, boolean forUpdate) {
        return db.sql(COLUMNS + " where tenant_id = :t and program_id = :p and id = :id"
                        + (forUpdate ? " for update" : ""))
                .param("t", tenant.value()).param("p", programId).param("id", id).query(this::map).optional();
    }

    List<StoredMetric> list(TenantId tenant, UUID programId) {
        return db.sql(COLUMNS + " where tenant_id = :t and program_id = :p order by lower(name), id")
                .param("t", tenant.value()).param("p", programId).query(this::map).list();
    }

    /** A failed sampling attempt's message, or null after a success. */
    void lastError(TenantId tenant, UUID id, String message) {
        db.sql("update program_metric set last_error = :m, last_error_at = case when :m is null then null else now() end "
                        + "where tenant_id = :t and id = :id")
                .param("m", message, Types.VARCHAR).param("t", tenant.value()).param("id", id).update();
    }

    /** Every metric Keystone samples itself, of installed sites, for the daily task. */
    List<Scheduled> sampled() {
        return db.sql("""
                select m.tenant_id, m.program_id, m.id from program_metric m join tenant t on t.id = m.tenant_id
                where t.installed and m.source_type <> 'MANUAL' order by m.tenant_id, m.program_id, m.id""")
                .query((rs, n) -> new Scheduled(new TenantId(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class))).list();
    }

    record Scheduled(TenantId tenant, UUID programId, UUID metricId) {
    }

    private java.util.Map<String, Object> columns(NewMetric m) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("name", m.name());
        p.put("unit", m.unit());
        p.put("direction", m.direction().name());
        p.put("target", m.targetValue());
        p.put("targetDate", m.targetDate());
        p.put("type", m.source().type().name());
        try {
            p.put("source", json.writeValueAsString(m.source()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }

    private StoredMetric map(ResultSet rs, int n) throws SQLException {
        MetricSource source;
        try {
            source = json.readValue(rs.getString("source"), MetricSource.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable metric source " + rs.getString("id"), e);
        }
        NewMetric m = new NewMetric(rs.getString("name"), rs.getString("unit"),
                NewMetric.Direction.valueOf(rs.getString("direction")),
                rs.getBigDecimal("target_value") == null ? null : rs.getBigDecimal("target_value").stripTrailingZeros(),
                rs.getObject("target_date", LocalDate.class), source);
        return new StoredMetric(rs.getObject("id", UUID.class), rs.getObject("program_id", UUID.class), m,
                rs.getString("last_error"), instant(rs, "last_error_at"), instant(rs, "created_at"),
                instant(rs, "updated_at"), rs.getLong("version"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Timestamp timestamp(Instant at) {
        return Timestamp.from(at);
    }
}
