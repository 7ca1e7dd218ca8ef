-- When each mirrored issue entered a status category, as Keystone saw it: written by the MirrorWriter whenever a
-- newer state of an issue has another category than the row before (webhooks, backfill pages, reconcile alike).
-- first_seen marks the row written when Keystone first mirrored the issue: its time is when the issue was created
-- (category new), resolved (done) or last updated (in progress, a lower bound Keystone cannot improve on), not an
-- observed transition. Cycle-time metrics start only from observed entries into 'indeterminate'.
create table jira_status_category_change (
    tenant_id     uuid        not null references tenant (id),
    issue_id      bigint      not null,
    changed_at    timestamptz not null,
    from_category varchar(16),
    to_category   varchar(16) not null,
    first_seen    boolean     not null default false,
    primary key (tenant_id, issue_id, changed_at, to_category)
);
-- throughput and cycle time look up the entries into done of a period
create index jira_status_category_change_done on jira_status_category_change (tenant_id, to_category, changed_at);
