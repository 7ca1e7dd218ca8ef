-- The risk register (issue 6). Scores are stored for sorting and filtering; levels are not, because they follow the
-- tenant's matrix, which an administrator may change at any time.
create table risk_settings (
    tenant_id     uuid     not null references tenant (id),
    medium_from   smallint not null,
    high_from     smallint not null,
    critical_from smallint not null,
    categories    text[]   not null,
    version       bigint   not null default 0,
    primary key (tenant_id)
);

create table risk (
    id                   uuid primary key,
    tenant_id            uuid         not null references tenant (id),
    title                varchar(200) not null,
    description          text,
    category             varchar(60),
    probability          smallint     not null check (probability between 1 and 5),
    impact               smallint     not null check (impact between 1 and 5),
    residual_probability smallint check (residual_probability between 1 and 5),
    residual_impact      smallint check (residual_impact between 1 and 5),
    score                smallint     not null,
    residual_score       smallint,
    -- residual score once assessed, else the inherent score: what the register sorts and rolls up by
    exposure             smallint     not null,
    roam                 varchar(10)  not null check (roam in ('OWNED', 'ACCEPTED', 'MITIGATED', 'RESOLVED')),
    status               varchar(6)   not null check (status in ('OPEN', 'CLOSED')),
    owner_account_id     varchar(128),
    mitigation           text,
    contingency          text,
    trigger_text         text,
    review_date          date,
    due_date             date,
    proximity            varchar(12),
    created_by           varchar(128),
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    version              bigint       not null default 0
);
create index risk_tenant_exposure on risk (tenant_id, exposure desc, id);
create index risk_tenant_review on risk (tenant_id, review_date) where status = 'OPEN';

create table risk_program (
    risk_id    uuid not null references risk (id) on delete cascade,
    tenant_id  uuid not null references tenant (id),
    program_id uuid not null,
    primary key (risk_id, program_id)
);
create index risk_program_program on risk_program (tenant_id, program_id);

create table risk_project (
    risk_id     uuid        not null references risk (id) on delete cascade,
    tenant_id   uuid        not null references tenant (id),
    project_key varchar(32) not null,
    primary key (risk_id, project_key)
);
create index risk_project_project on risk_project (tenant_id, project_key);

create table risk_issue (
    risk_id   uuid   not null references risk (id) on delete cascade,
    tenant_id uuid   not null references tenant (id),
    issue_id  bigint not null,
    primary key (risk_id, issue_id)
);
create index risk_issue_issue on risk_issue (tenant_id, issue_id);

-- Every change of every field; kept after the risk is deleted (the deletion is its last entry).
create table risk_history (
    seq        bigserial primary key,
    tenant_id  uuid         not null references tenant (id),
    risk_id    uuid         not null,
    at         timestamptz  not null default now(),
    account_id varchar(128),
    field      varchar(40)  not null,
    from_value text,
    to_value   text
);
create index risk_history_risk on risk_history (tenant_id, risk_id, seq);

-- The scores and status after each change: the score trend of one risk and the register's exposure over time.
create table risk_score_log (
    seq            bigserial primary key,
    tenant_id      uuid        not null references tenant (id),
    risk_id        uuid        not null,
    at             timestamptz not null default now(),
    score          smallint    not null,
    residual_score smallint,
    exposure       smallint    not null,
    open           boolean     not null
);
create index risk_score_log_risk on risk_score_log (tenant_id, risk_id, at);

-- keystone.risk entity properties are queued and remembered in the shared issue_property_outbox/_state (V023).
