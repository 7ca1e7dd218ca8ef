-- Issue entity properties any module projects into Jira (jira module's IssuePropertyOutbox): which issues may
-- need their property rewritten (append-only; a burst becomes one write), and what was last written, so
-- unchanged projections cost no Jira call.
create table issue_property_outbox (
    seq          bigserial primary key,
    tenant_id    uuid         not null references tenant (id),
    property_key varchar(255) not null,
    issue_id     bigint       not null
);
create index issue_property_outbox_tenant on issue_property_outbox (tenant_id, property_key, seq);

create table issue_property_state (
    tenant_id    uuid         not null references tenant (id),
    property_key varchar(255) not null,
    issue_id     bigint       not null,
    value        jsonb        not null,
    written_at   timestamptz  not null default now(),
    primary key (tenant_id, property_key, issue_id)
);
