package app.keystone.risk.register;

import app.keystone.shared.TenantContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Heat map, exposure summary and trends over the visible risks a filter selects. */
@Component
class RiskAnalytics {

    private final JdbcClient db;
    private final RiskQuery query;
    private final RiskSettings settings;

    RiskAnalytics(JdbcClient db, RiskQuery query, RiskSettings settings) {
        this.db = db;
        this.query = query;
        this.settings = settings;
    }

    /** {@code inherent[p-1][i-1]} counts risks by probability p and impact i; {@code levels} is each cell's level. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record Heatmap(int[][] inherent, int[][] residual, Level[][] levels, int notAssessed) {
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record Exposure(int openCount, int exposure, Level maxLevel, Map<Level, Integer> byLevel, int overdueReviews) {
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record TrendPoint(LocalDate date, int openCount, int exposure, int inherentScore) {
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record ScorePoint(Instant at, int score, Integer residualScore, int exposure, boolean open) {
    }

    @Transactional(readOnly = true)
    Heatmap heatmap(TenantContext caller, RiskFilter filter) {
        RiskQuery.Where where = query.where(caller, filter);
        int[][] inherent = new int[5][5];
        int[][] residual = new int[5][5];
        int[] notAssessed = {0};
        db.sql("select r.probability, r.impact, r.residual_probability, r.residual_impact from risk r where "
                        + where.sql()).params(where.params())
                .query((rs, n) -> {
                    inherent[rs.getInt(1) - 1][rs.getInt(2) - 1]++;
                    int rp = rs.getInt(3);
                    if (rs.wasNull()) {
                        notAssessed[0]++;
                    } else {
                        residual[rp - 1][rs.getInt(4) - 1]++;
                    }
                    return null;
                }).list();
        RiskMatrix m = settings.matrix(caller.tenantId());
        Level[][] levels = new Level[5][5];
        for (int p = 1; p <= 5; p++) {
            for (int i = 1; i <= 5; i++) {
                levels[p - 1][i - 1] = m.level(RiskRules.score(p, i));
            }
        }
        return new Heatmap(inherent, residual, levels, notAssessed[0]);
    }

    /** Open risks among those the filter selects. */
    @Transactional(readOnly = true)
    Exposure exposure(TenantContext caller, RiskFilter filter) {
        RiskQuery.Where where = query.where(caller, filter.open());
        RiskMatrix m = settings.matrix(caller.tenantId());
        Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
        for (Level l : Level.values()) {
            byLevel.put(l, 0);
        }
        int[] totals = new int[3];
        db.sql("select r.exposure from risk r where " + where.sql()).params(where.params())
                .query((rs, n) -> {
                    int e = rs.getInt(1);
                    byLevel.merge(m.level(e), 1, Integer::sum);
                    totals[0]++;
                    totals[1] += e;
                    totals[2] = Math.max(totals[2], e);
                    return null;
                }).list();
        int overdue = db.sql("select count(*) from risk r where " + where.sql() + " and r.review_date < :today")
                .params(where.params()).param("today", LocalDate.now(java.time.ZoneOffset.UTC))
                .query(Integer.class).single();
        return new Exposure(totals[0], totals[1], totals[0] == 0 ? null : m.level(totals[2]), byLevel, overdue);
    }

    /**
     * Per day: the open risks and their summed exposure as they stood at the end of that day, over the risks the
     * filter selects now (a deleted risk leaves the trend with its history).
     */
    @Transactional(readOnly = true)
    List<TrendPoint> trend(TenantContext caller, RiskFilter filter, LocalDate from, LocalDate to) {
        RiskQuery.Where where = query.where(caller, filter);
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("from", from);
        params.put("to", to);
        return db.sql("""
                select d::date, count(l.risk_id) filter (where l.open),
                       coalesce(sum(l.exposure) filter (where l.open), 0),
                       coalesce(sum(l.score) filter (where l.open), 0)
                from generate_series(cast(:from as date), cast(:to as date), interval '1 day') d
                left join lateral (
                    select distinct on (s.risk_id) s.risk_id, s.open, s.exposure, s.score from risk_score_log s
                    where s.tenant_id = :t and s.at < d + interval '1 day'
                      and s.risk_id in (select r.id from risk r where %s)
                    order by s.risk_id, s.seq desc) l on true
                group by d order by d""".formatted(where.sql()))
                .params(params)
                .query((rs, n) -> new TrendPoint(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getInt(3),
                        rs.getInt(4))).list();
    }

    /** The score after each change of one (visible, already checked) risk. */
    @Transactional(readOnly = true)
    List<ScorePoint> scores(TenantContext caller, UUID risk) {
        return db.sql("""
                select at, score, residual_score, exposure, open from risk_score_log
                where tenant_id = :t and risk_id = :r order by seq""")
                .param("t", caller.tenantId().value()).param("r", risk)
                .query((rs, n) -> {
                    int rs3 = rs.getInt(3);
                    Integer residual = rs.wasNull() ? null : rs3;
                    return new ScorePoint(rs.getTimestamp(1).toInstant(), rs.getInt(2), residual, rs.getInt(4),
                            rs.getBoolean(5));
                }).list();
    }
}
