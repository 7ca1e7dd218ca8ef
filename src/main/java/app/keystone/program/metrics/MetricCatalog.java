package app.keystone.program.metrics;

import app.keystone.shared.FieldErrors;
import app.keystone.shared.IfMatch;
import app.keystone.shared.InputRules;
import app.keystone.shared.TenantContext;
import app.keystone.shared.TenantId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates, edits and deletes a program's metrics and takes their values. Validation that asks Jira (a JQL source)
 * runs before the writing transaction, so no connection waits on Jira; a new or re-sourced metric gets its first
 * sample at once (for JQL, the count Jira gave while checking the query).
 */
@Service
class MetricCatalog {

    private final MetricInput input;
    private final MetricStore metrics;
    private final SampleStore samples;
    private final MetricViews views;
    private final MetricRuns runs;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    MetricCatalog(MetricInput input, MetricStore metrics, SampleStore samples, MetricViews views, MetricRuns runs,
                  TransactionTemplate tx) {
        this.input = input;
        this.metrics = metrics;
        this.samples = samples;
        this.views = views;
        this.runs = runs;
        this.tx = tx;
    }

    MetricView.Page list(TenantId tenant, UUID programId) {
        requireProgram(tenant, programId);
        return new MetricView.Page(views.views(tenant, metrics.list(tenant, programId)), null);
    }

    MetricView get(TenantId tenant, UUID programId, UUID id) {
        return views.view(tenant, find(tenant, programId, id));
    }

    MetricView create(TenantContext caller, UUID programId, NewMetric request) {
        TenantId tenant = caller.tenantId();
        requireProgram(tenant, programId);
        MetricInput.Checked checked = input.check(tenant, request, true);
        UUID id = UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            if (!metrics.lockProgram(tenant, programId)) {
                throw MetricProblems.programNotFound(programId);
            }
            if (metrics.count(tenant, programId) >= MetricProblems.MAX_PER_PROGRAM) {
                throw MetricProblems.tooMany();
            }
            requireFreeName(tenant, programId, checked.metric().name(), id);
            try {
                metrics.insert(tenant, id, programId, checked.metric());
            } catch (DuplicateKeyException raced) {
                throw MetricProblems.nameTaken(checked.metric().name());
            }
            if (checked.jqlCount() != null) {
                samples.insert(tenant, id, Instant.now(clock), BigDecimal.valueOf(checked.jqlCount()), null, null, null);
            }
        });
        firstSample(tenant, programId, id, checked);
        return get(tenant, programId, id);
    }

    MetricView patch(TenantId tenant, UUID programId, UUID id, NewMetric merged, boolean sourceSent, IfMatch ifMatch) {
        StoredMetric current = find(tenant, programId, id);
        ifMatch.check(current.version(), MetricProblems::versionMismatch);
        boolean resourced = sourceSent && !current.definition().source().equals(merged.source());
        MetricInput.Checked checked = input.check(tenant, merged, resourced);
        tx.executeWithoutResult(s -> {
            StoredMetric locked = metrics.find(tenant, programId, id, true)
                    .orElseThrow(() -> MetricProblems.metricNotFound(id));
            ifMatch.check(locked.version(), MetricProblems::versionMismatch);
            requireFreeName(tenant, programId, checked.metric().name(), id);
            try {
                metrics.update(tenant, id, checked.metric());
            } catch (DuplicateKeyException raced) {
                throw MetricProblems.nameTaken(checked.metric().name());
            }
            if (checked.jqlCount() != null) {
                samples.insert(tenant, id, Instant.now(clock), BigDecimal.valueOf(checked.jqlCount()), null, null, null);
                metrics.lastError(tenant, id, null);
            }
        });
        if (resourced) {
            firstSample(tenant, programId, id, checked);
        }
        return get(tenant, programId, id);
    }

    void delete(TenantId tenant, UUID programId, UUID id, IfMatch ifMatch) {
        tx.executeWithoutResult(s -> {
            StoredMetric locked = metrics.find(tenant, programId, id, true)
                    .orElseThrow(() -> MetricProblems.metricNotFound(id));
            ifMatch.check(locked.version(), MetricProblems::versionMismatch);
            metrics.delete(tenant, id);
        });
    }

    /** Samples the metric now; a failure is stored as its last error and answered as 502 METRIC_SAMPLE_FAILED. */
    MetricView run(TenantId tenant, UUID programId, UUID id) {
        StoredMetric metric = find(tenant, programId, id);
        if (!metric.definition().source().sampledByKeystone()) {
            throw MetricProblems.notSampled();
        }
        String error = runs.run(tenant, programId, id, metric.definition().source());
        if (error != null) {
            throw MetricProblems.sampleFailed(error);
        }
        return get(tenant, programId, id);
    }

    MetricView.Sample addValue(TenantContext caller, UUID programId, UUID id, ManualValue value) {
        TenantId tenant = caller.tenantId();
        StoredMetric metric = find(tenant, programId, id);
        if (metric.definition().source().sampledByKeystone()) {
            throw MetricProblems.manualOnly();
        }
        FieldErrors errors = new FieldErrors();
        LocalDate today = LocalDate.now(clock);
        if (value.date() == null) {
            errors.add("date", "is required");
        } else if (value.date().isAfter(today)) {
            errors.add("date", "must not be in the future");
        } else if (!MetricInput.validDate(value.date())) {
            errors.add("date", "must be between 2000 and 2100");
        }
        if (value.value() == null) {
            errors.add("value", "is required");
        }
        MetricInput.number("value", value.value(), errors);
        String comment = InputRules.text("comment", value.comment(), 2000, errors);
        errors.throwIfAny();
        // the value's date, at the time of day it was entered: several values of one day keep their order
        Instant at = value.date().atTime(LocalTime.now(clock)).toInstant(ZoneOffset.UTC);
        UUID sample = tx.execute(s -> {
            metrics.find(tenant, programId, id, true).orElseThrow(() -> MetricProblems.metricNotFound(id));
            return samples.insert(tenant, id, at, value.value(), null, comment, caller.accountId().orElse(null));
        });
        return samples.one(tenant, sample);
    }

    MetricView.SamplePage samples(TenantId tenant, UUID programId, UUID id, SampleCursor after, int limit) {
        find(tenant, programId, id);
        List<MetricView.Sample> page = samples.page(tenant, id, after, limit + 1);
        boolean more = page.size() > limit;
        List<MetricView.Sample> shown = more ? page.subList(0, limit) : page;
        MetricView.Sample last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        return new MetricView.SamplePage(shown, more ? new SampleCursor(last.at(), last.id()).encode() : null);
    }

    StoredMetric find(TenantId tenant, UUID programId, UUID id) {
        return metrics.find(tenant, programId, id, false).orElseThrow(() -> {
            requireProgram(tenant, programId);
            return MetricProblems.metricNotFound(id);
        });
    }

    /** Mirror-based sources are sampled at once; a JQL source already has the count Jira gave when checked. */
    private void firstSample(TenantId tenant, UUID programId, UUID id, MetricInput.Checked checked) {
        MetricSource source = checked.metric().source();
        if (source.sampledByKeystone() && checked.jqlCount() == null) {
            runs.run(tenant, programId, id, source);
        }
    }

    private void requireProgram(TenantId tenant, UUID programId) {
        if (!metrics.programExists(tenant, programId)) {
            throw MetricProblems.programNotFound(programId);
        }
    }

    private void requireFreeName(TenantId tenant, UUID programId, String name, UUID self) {
        if (metrics.nameTaken(tenant, programId, name, self)) {
            throw MetricProblems.nameTaken(name);
        }
    }
}
