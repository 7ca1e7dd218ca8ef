package app.keystone.jira.sync;

import app.keystone.jira.mirror.FieldConfigStore;
import app.keystone.jira.mirror.MirrorWriter;
import app.keystone.jira.payload.FieldIds;
import app.keystone.jira.rest.JiraClient;
import app.keystone.shared.TableGrowth;
import app.keystone.shared.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Copies a tenant's issues into the mirror, project by project. Each page is applied together with the cursor
 * that follows it, in one transaction, so a node killed mid-way resumes at the next page (db-scheduler revives
 * the dead execution) and never skips one. Page data goes through the same newer-wins rule as webhooks, so a
 * webhook applied during backfill is not overwritten by an older page. The next page is read while the current one
 * is stored (at most one ahead), so Jira's answer time and Keystone's writes overlap instead of adding up.
 */
@Component
class Backfill {

    private static final Logger log = LoggerFactory.getLogger(Backfill.class);

    private final JiraClient jira;
    private final SearchPages pages;
    private final FieldDiscovery discovery;
    private final FieldConfigStore fieldConfig;
    private final MirrorWriter mirror;
    private final JdbcClient db;
    private final TransactionTemplate tx;
    /** The mirror's tables a backfill grows (MirrorWriter's): their statistics kept in step with them. */
    private final TableGrowth growth = new TableGrowth("jira_issue", "jira_issue_link", "jira_status_category_change");
    /** Reads the page ahead; daemon threads, so a stopping node is not held up by an idle one. */
    private final ExecutorService ahead = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "backfill-read-ahead");
        t.setDaemon(true);
        return t;
    });

    Backfill(JiraClient jira, SearchPages pages, FieldDiscovery discovery, FieldConfigStore fieldConfig,
             MirrorWriter mirror, JdbcClient db, TransactionTemplate tx) {
        this.jira = jira;
        this.pages = pages;
        this.discovery = discovery;
        this.fieldConfig = fieldConfig;
        this.mirror = mirror;
        this.db = db;
        this.tx = tx;
    }

    void run(TenantId tenant) {
        if (!fieldConfig.discovered(tenant)) {
            discovery.discover(tenant);
        }
        FieldIds ids = fieldConfig.fieldIds(tenant);
        queueProjects(tenant);
        for (Progress project : pending(tenant)) {
            backfillProject(tenant, project, ids);
        }
    }

    private void queueProjects(TenantId tenant) {
        int startAt = 0;
        while (true) {
            JsonNode page = jira.get(tenant, "/rest/api/3/project/search?startAt=" + startAt + "&maxResults=50");
            for (JsonNode p : page.path("values")) {
                db.sql("""
                        insert into jira_backfill (tenant_id, project_id, project_key) values (:t, :p, :key)
                        on conflict (tenant_id, project_id) do update set project_key = excluded.project_key""")
                        .param("t", tenant.value()).param("p", Long.parseLong(p.path("id").asText()))
                        .param("key", p.path("key").asText()).update();
            }
            int got = page.path("values").size();
            if (got == 0 || page.path("isLast").asBoolean(true)) {
                return;
            }
            startAt += got;
        }
    }

    private record Progress(long projectId, String projectKey, String nextPageToken, Integer total) {
    }

    private List<Progress> pending(TenantId tenant) {
        return db.sql("""
                select project_id, project_key, next_page_token, total_estimate from jira_backfill
                where tenant_id = :t and state <> 'done' order by project_key""")
                .param("t", tenant.value())
                .query((rs, n) -> new Progress(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Integer.class)))
                .list();
    }

    /** One project's issues in a stable order, so a stored cursor resumes where it stopped. */
    static String jql(String projectKey) {
        return "project = \"" + projectKey + "\" ORDER BY key ASC";
    }

    private void backfillProject(TenantId tenant, Progress project, FieldIds ids) {
        String jql = jql(project.projectKey());
        Integer total = project.total();
        if (total == null) {
            total = (int) pages.approximateCount(tenant, jql.replace(" ORDER BY key ASC", ""));
        }
        db.sql("""
                update jira_backfill set state = 'running', total_estimate = :total,
                    started_at = coalesce(started_at, now()), updated_at = now(), last_error = null
                where tenant_id = :t and project_id = :p""")
                .param("total", total).param("t", tenant.value()).param("p", project.projectId()).update();
        CompletableFuture<SearchPages.Page> reading = read(tenant, jql, ids, project.nextPageToken());
        while (reading != null) {
            SearchPages.Page page = await(reading);
            String next = page.nextPageToken();
            reading = next == null ? null : read(tenant, jql, ids, next);
            try {
                apply(tenant, project, page);
                growth.grew(db, page.issues().size());
            } catch (RuntimeException e) {
                if (reading != null) {
                    reading.cancel(true); // its page is read again from the stored cursor
                }
                throw e;
            }
        }
        log.info("Backfill of project {} for tenant {} finished", project.projectKey(), tenant.value());
    }

    private CompletableFuture<SearchPages.Page> read(TenantId tenant, String jql, FieldIds ids, String token) {
        return CompletableFuture.supplyAsync(() -> pages.fetch(tenant, jql, ids, token), ahead);
    }

    /** The page, or what reading it threw (a JiraHttpException stays one, for the task's failure handling). */
    private static SearchPages.Page await(CompletableFuture<SearchPages.Page> reading) {
        try {
            return reading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The page's issues and the cursor after it, in one transaction. */
    private void apply(TenantId tenant, Progress project, SearchPages.Page page) {
        String next = page.nextPageToken();
        tx.executeWithoutResult(s -> {
            mirror.applyIssues(tenant, page.issues());
            db.sql("""
                    update jira_backfill set fetched = fetched + :n, next_page_token = :token,
                        state = case when :last then 'done' else 'running' end,
                        finished_at = case when :last then now() end, updated_at = now()
                    where tenant_id = :t and project_id = :p""")
                    .param("n", page.issues().size()).param("token", next).param("last", page.last())
                    .param("t", tenant.value()).param("p", project.projectId()).update();
        });
    }

    void recordFailure(TenantId tenant, Exception e) {
        db.sql("""
                update jira_backfill set last_error = :error, updated_at = now()
                where tenant_id = :t and state = 'running'""")
                .param("error", e.getClass().getSimpleName() + ": " + e.getMessage()).param("t", tenant.value())
                .update();
    }
}
