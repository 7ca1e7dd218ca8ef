-- Keystone's mirror of Jira issues and links, per tenant. Each row remembers the Jira time it reflects,
-- so an older event never overwrites newer state; deletes are tombstones carrying their time.
create table jira_issue (
    tenant_id          uuid         not null references tenant (id),
    issue_id           bigint       not null,
    issue_key          varchar(64),
    project_id         bigint,
    project_key        varchar(32),
    summary            text,
    issue_type_id      bigint,
    issue_type_name    varchar(128),
    hierarchy_level    integer,
    parent_id          bigint,
    status_id          bigint,
    status_name        varchar(128),
    status_category    varchar(16),
    assignee_id        varchar(128),
    reporter_id        varchar(128),
    story_points       numeric(12, 2),
    time_original      bigint,
    time_remaining     bigint,
    time_spent         bigint,
    start_date         date,
    due_date           date,
    labels             text[]       not null default '{}',
    flagged            boolean      not null default false,
    resolution         varchar(128),
    resolution_date    timestamptz,
    created            timestamptz,
    -- the Jira state this row reflects: `updated`, then the changelog id to order events within one millisecond
    jira_updated       timestamptz  not null,
    changelog_id       bigint       not null default 0,
    deleted_at         timestamptz,
    mirrored_at        timestamptz  not null default now(),
    primary key (tenant_id, issue_id)
);
create index jira_issue_parent on jira_issue (tenant_id, parent_id) where deleted_at is null;
create index jira_issue_project on jira_issue (tenant_id, project_id) where deleted_at is null;
create index jira_issue_key on jira_issue (tenant_id, issue_key);

create table jira_issue_link (
    tenant_id       uuid         not null references tenant (id),
    link_id         bigint       not null,
    -- for "Blocks": the source blocks the destination (outward "blocks", inward "is blocked by")
    source_id       bigint,
    destination_id  bigint,
    link_type       varchar(128),
    event_time      timestamptz  not null,
    deleted_at      timestamptz,
    primary key (tenant_id, link_id)
);
create index jira_issue_link_source on jira_issue_link (tenant_id, source_id) where deleted_at is null;
create index jira_issue_link_destination on jira_issue_link (tenant_id, destination_id) where deleted_at is null;

-- a deleted project: late events for its issues (older than the deletion) must not bring rows back
create table jira_project_tombstone (
    tenant_id   uuid        not null references tenant (id),
    project_id  bigint      not null,
    project_key varchar(32),
    deleted_at  timestamptz not null,
    primary key (tenant_id, project_id)
);
