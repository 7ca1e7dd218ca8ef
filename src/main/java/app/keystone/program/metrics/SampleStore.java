package app.keystone.program.metrics;

import app.keystone.shared.TenantId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A metric's values over time, ordered by (sampled_at, id); scoped by tenant like everything else. */
@Repository
class SampleStore {

    private static final String COLUMNS = "select id, metric_id, sampled_at, value, detail, comment, account_id "
            + "from program_metric_sample";

    private final JdbcClient db;
    private final ObjectMapper json;

    SampleStore(JdbcClient db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    UUID insert(TenantId tenant, UUID metricId, Instant at, BigDecimal value, Object detail, String comment,
                String accountId) {
        UUID id = UUID.randomUUID();
        String detailJson;
        try {
            detailJson = detail == null ? null : json.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        db.sql("""
                insert into program_metric_sample (id, tenant_id, metric_id, sampled_at, value, detail, comment, account_id)
                values (:id, :t, :m, :at, :value, cast(:detail as jsonb), :comment, :account)""")
                .param("id", id).param("t", tenant.value()).param("m", metricId).param("at", Timestamp.from(at))
                .param("value", value).param("detail", detailJson, Types.VARCHAR).param("comment", comment, Types.VARCHAR)
                .param("account", accountId, Types.VARCHAR).update();
        return id;
    }

    MetricView.Sample one(TenantId tenant, UUID id) {
        return db.sql(COLUMNS + " where tenant_id = :t and id = :id").param("t", tenant.value()).param("id", id)
                .query((rs, n) -> sample(rs)).single();
    }

    /** Up to {@code limit} samples after the cursor position, oldest first. */
    List<MetricView.Sample> page(TenantId tenant, UUID metricId, SampleCursor after, int limit) {
        String where = after == null ? "" : " and (sampled_at, id) > (:afterAt, :afterId)";
        JdbcClient.StatementSpec sql = db.sql(COLUMNS + " where tenant_id = :t and metric_id = :m" + where
                        + " order by sampled_at, id limit :limit")
                .param("t", tenant.value()).param("m", metricId).param("limit", limit);
        if (after != null) {
            sql = sql.param("afterAt", Timestamp.from(after.at())).param("afterId", after.id());
        }
        return sql.query((rs, n) -> sample(rs)).list();
    }

    /** Per metric: its first sample and its last {@code n} samples (oldest first), in one query. */
    Map<UUID, Series> series(TenantId tenant, Collection<UUID> metricIds, int n) {
        Map<UUID, Series> out = new HashMap<>();
        if (metricIds.isEmpty()) {
            return out;
        }
        db.sql("""
                select * from (
                    select id, metric_id, sampled_at, value, detail, comment, account_id,
                           row_number() over (partition by metric_id order by sampled_at desc, id desc) as from_last,
                           row_number() over (partition by metric_id order by sampled_at, id) as from_first
                    from program_metric_sample where tenant_id = :t and metric_id in (:ids)) s
                where from_last <= :n or from_first = 1
                order by metric_id, sampled_at, id""")
                .param("t", tenant.value()).param("ids", metricIds).param("n", n)
                .query((rs, i) -> {
                    Series s = out.computeIfAbsent(rs.getObject("metric_id", UUID.class), k -> new Series());
                    MetricView.Sample sample = sample(rs);
                    if (rs.getLong("from_first") == 1) {
                        s.first = sample;
                    }
                    if (rs.getLong("from_last") <= n) {
                        s.recent.add(sample);
                    }
                    return null;
                }).list();
        return out;
    }

    /** The first sample, and the most recent ones oldest first (the last of them is the current value). */
    static final class Series {
        MetricView.Sample first;
        final List<MetricView.Sample> recent = new ArrayList<>();

        MetricView.Sample current() {
            return recent.isEmpty() ? null : recent.get(recent.size() - 1);
        }
    }

    private MetricView.Sample sample(ResultSet rs) throws SQLException {
        String detail = rs.getString("detail");
        JsonNode node;
        try {
            node = detail == null ? null : json.readTree(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new MetricView.Sample(rs.getObject("id", UUID.class), MetricStore.instant(rs, "sampled_at"),
                rs.getBigDecimal("value").doubleValue(), node, rs.getString("comment"), rs.getString("account_id"));
    }
}
