-- Every webhook Jira delivered, once per X-Atlassian-Webhook-Identifier (retries carry the same identifier).
create table jira_webhook_delivery (
    tenant_id    uuid         not null references tenant (id),
    webhook_id   varchar(255) not null,
    event        varchar(64)  not null,
    retry_count  integer      not null default 0,
    received_at  timestamptz  not null default now(),
    payload      jsonb        not null,
    primary key (tenant_id, webhook_id)
);
