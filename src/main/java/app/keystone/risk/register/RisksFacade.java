package app.keystone.risk.register;

import app.keystone.risk.RiskDraft;
import app.keystone.risk.Risks;
import app.keystone.shared.TenantContext;
import app.keystone.shared.TenantId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link Risks} over the register: the same validation, history and properties as the API, acting as the app. */
@Component
class RisksFacade implements Risks {

    private final RiskRegister register;
    private final RiskInput input;
    private final RiskStore store;
    private final JdbcClient db;
    private final RiskSettings settings;
    private final RiskLinks links;

    RisksFacade(RiskRegister register, RiskInput input, RiskStore store, JdbcClient db, RiskSettings settings,
                RiskLinks links) {
        this.db = db;
        this.settings = settings;
        this.links = links;
        this.register = register;
        this.input = input;
        this.store = store;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID createForIssue(TenantId tenant, long issueId, RiskDraft d) {
        TenantContext app = asApp(tenant);
        NewRisk request = new NewRisk(d.title(), d.description(), null, d.probability(), d.impact(), null, null, null,
                null, d.ownerAccountId(), null, null, null, null, null, null, null, null,
                List.of(Long.toString(issueId)));
        return register.created(app, input.createAsApp(app, request)).id();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean updateIfOpen(TenantId tenant, UUID riskId, RiskDraft d) {
        return patchIfOpen(tenant, riskId, new RiskPatch(Optional.ofNullable(d.title()),
                d.description() == null ? null : Optional.of(d.description()), null,
                Optional.ofNullable(d.probability()), Optional.ofNullable(d.impact()), null, null, null, null,
                d.ownerAccountId() == null ? null : Optional.of(d.ownerAccountId()), null, null, null, null, null,
                null, null, null, null));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean markForReview(TenantId tenant, UUID riskId) {
        return patchIfOpen(tenant, riskId, new RiskPatch(null, null, null, null, null, null, null, null, null, null,
                null, null, null, Optional.of(java.time.LocalDate.now(java.time.ZoneOffset.UTC)), null, null, null,
                null, null));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<OpenRisk> openRisksOf(TenantId tenant, long issueId) {
        return db.sql("""
                select r.id, r.title, r.probability from risk r
                join risk_issue l on l.risk_id = r.id and l.tenant_id = r.tenant_id
                where r.tenant_id = :t and l.issue_id = :i and r.status = 'OPEN'
                order by r.created_at, r.id""")
                .param("t", tenant.value()).param("i", issueId)
                .query((rs, n) -> new OpenRisk(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3))).list();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Rescored> raiseProbability(TenantId tenant, UUID riskId, int step) {
        StoredRisk current = store.find(tenant, riskId, true).orElse(null);
        if (current == null || !current.state().open() || current.state().probability() >= 5) {
            return Optional.empty();
        }
        int from = current.state().probability();
        int to = Math.min(5, from + step);
        patchIfOpen(tenant, riskId, new RiskPatch(null, null, null, Optional.of(to), null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null));
        return Optional.of(new Rescored(from, to));
    }

    @Override
    public java.util.Set<Long> issuesWithOpenRisks(TenantId tenant) {
        return new java.util.HashSet<>(db.sql("""
                select distinct l.issue_id from risk_issue l join risk r on r.id = l.risk_id and r.tenant_id = l.tenant_id
                where l.tenant_id = :t and r.status = 'OPEN'""").param("t", tenant.value()).query(Long.class).list());
    }

    @Override
    public List<RiskNews> programRiskNews(TenantId tenant, UUID programId, Instant since, Instant until) {
        RiskMatrix m = settings.matrix(tenant);
        List<RiskNews> news = new ArrayList<>();
        db.sql("""
                select r.id, r.title, r.exposure, r.created_at > :since,
                    (select l.exposure from risk_score_log l where l.tenant_id = r.tenant_id and l.risk_id = r.id
                       and l.at <= :since order by l.at desc, l.seq desc limit 1),
                    array(select x.project_key from risk_project x where x.tenant_id = r.tenant_id and x.risk_id = r.id
                          union
                          select i.project_key from risk_issue x join jira_issue i
                              on i.tenant_id = x.tenant_id and i.issue_id = x.issue_id
                          where x.tenant_id = r.tenant_id and x.risk_id = r.id and i.project_key is not null)
                from risk r
                where r.tenant_id = :t and r.status = 'OPEN' and r.created_at <= :until
                  and (exists (select 1 from risk_program x where x.risk_id = r.id and x.program_id = :p)
                       or exists (select 1 from risk_issue x where x.risk_id = r.id and x.issue_id = any(:issues)))
                order by r.exposure desc, lower(r.title), r.id""")
                .param("t", tenant.value()).param("p", programId).param("issues", links.programIssues(tenant, programId))
                .param("since", Timestamp.from(since)).param("until", Timestamp.from(until))
                .query((rs, n) -> {
                    Level level = m.level(rs.getInt(3));
                    boolean created = rs.getBoolean(4);
                    Level before = m.level((Integer) rs.getObject(5));
                    if (created) {
                        news.add(new RiskNews(rs.getObject(1, UUID.class), rs.getString(2), level.name(), null, true,
                                Set.of((String[]) rs.getArray(6).getArray())));
                    } else if (level.compareTo(Level.HIGH) >= 0 && before != null && before.compareTo(level) < 0) {
                        news.add(new RiskNews(rs.getObject(1, UUID.class), rs.getString(2), level.name(),
                                before.name(), false, Set.of((String[]) rs.getArray(6).getArray())));
                    }
                    return null;
                }).list();
        return news;
    }

    /** Applies the patch as the app when the risk exists and is open; its history records no author. */
    private boolean patchIfOpen(TenantId tenant, UUID riskId, RiskPatch patch) {
        StoredRisk current = store.find(tenant, riskId, true).orElse(null);
        if (current == null || !current.state().open()) {
            return false;
        }
        TenantContext app = asApp(tenant);
        register.replaced(app, current, input.patch(app, current.state(), patch));
        return true;
    }

    private static TenantContext asApp(TenantId tenant) {
        return new TenantContext(tenant, "", Optional.empty());
    }
}
