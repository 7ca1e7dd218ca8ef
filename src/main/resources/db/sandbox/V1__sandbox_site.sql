-- The simulated Jira site's own data (profile 'sandbox' only; its own Flyway history table).
create table sandbox_site (
    id            integer primary key check (id = 1),
    client_key    varchar(255) not null,
    shared_secret varchar(255),
    installed_at  timestamptz
);

create table sandbox_user (
    account_id   varchar(128) primary key,
    display_name varchar(255) not null,
    email        varchar(255),
    time_zone    varchar(64)  not null default 'Europe/Berlin',
    active       boolean      not null default true
);

create table sandbox_project (
    id     bigint primary key,
    key    varchar(16)  not null unique,
    name   varchar(255) not null,
    lead   varchar(128) references sandbox_user (account_id)
);

create table sandbox_issue_type (
    id              bigint primary key,
    name            varchar(64) not null unique,
    hierarchy_level integer     not null,
    subtask         boolean     not null
);

create table sandbox_status (
    id           bigint primary key,
    name         varchar(64) not null unique,
    category_key varchar(16) not null check (category_key in ('new', 'indeterminate', 'done'))
);

create table sandbox_issue (
    id                 bigint primary key,
    key                varchar(32)  not null unique,
    project_id         bigint       not null references sandbox_project (id),
    issue_type_id      bigint       not null references sandbox_issue_type (id),
    status_id          bigint       not null references sandbox_status (id),
    summary            varchar(255) not null,
    parent_id          bigint references sandbox_issue (id),
    assignee           varchar(128) references sandbox_user (account_id),
    reporter           varchar(128) references sandbox_user (account_id),
    story_points       numeric(8, 2),
    original_estimate  bigint,
    remaining_estimate bigint,
    time_spent         bigint,
    start_date         date,
    due_date           date,
    labels             text[]       not null default '{}',
    flagged            boolean      not null default false,
    created            timestamptz  not null,
    updated            timestamptz  not null,
    resolution_date    timestamptz
);
create index sandbox_issue_parent on sandbox_issue (parent_id);
create index sandbox_issue_project on sandbox_issue (project_id);

create table sandbox_issue_link (
    id             bigint primary key,
    -- 'Blocks': the outward issue blocks the inward issue ("is blocked by")
    outward_issue  bigint      not null references sandbox_issue (id) on delete cascade,
    inward_issue   bigint      not null references sandbox_issue (id) on delete cascade,
    created        timestamptz not null default now(),
    unique (outward_issue, inward_issue)
);

create table sandbox_issue_property (
    issue_id bigint       not null references sandbox_issue (id) on delete cascade,
    key      varchar(255) not null,
    value    jsonb        not null,
    primary key (issue_id, key)
);

create table sandbox_notification (
    id       bigserial primary key,
    issue_id bigint      not null,
    body     jsonb       not null,
    created  timestamptz not null default now()
);

create table sandbox_webhook_delivery (
    id          bigserial primary key,
    identifier  varchar(64)  not null,
    event       varchar(64)  not null,
    url         varchar(255) not null,
    payload     jsonb        not null,
    attempts    integer      not null default 0,
    last_status integer,
    delivered   boolean      not null default false,
    created     timestamptz  not null default now()
);

create sequence sandbox_id_seq start with 20000;
