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

-- keystone.rollup (V011) moves onto the shared tables: one publisher for every module's properties
insert into issue_property_state (tenant_id, property_key, issue_id, value, written_at)
select tenant_id, 'keystone.rollup', issue_id, value, written_at from rollup_property_state;
insert into issue_property_outbox (tenant_id, property_key, issue_id)
select tenant_id, 'keystone.rollup', issue_id from rollup_property_outbox order by seq;
drop table rollup_property_outbox;
drop table rollup_property_state;
