-- Issues whose keystone.rollup entity property may need rewriting (append-only, like rollup_dirty), and what was
-- last written, so unchanged projections cost no Jira call.
create table rollup_property_outbox (
    seq       bigserial primary key,
    tenant_id uuid   not null references tenant (id),
    issue_id  bigint not null
);
create index rollup_property_outbox_tenant on rollup_property_outbox (tenant_id, seq);

create table rollup_property_state (
    tenant_id  uuid        not null references tenant (id),
    issue_id   bigint      not null,
    value      jsonb       not null,
    written_at timestamptz not null default now(),
    primary key (tenant_id, issue_id)
);
