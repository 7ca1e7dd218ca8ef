-- Webhooks the simulated site sends: sandbox_webhook_delivery becomes an outbox that the editor fills in the
-- same transaction as the change, and a single delivery worker drains in id order.
alter table sandbox_webhook_delivery
    -- text, not jsonb: the exact bytes (key order, 5.0) are what Jira would have sent and what webhook/failed returns
    alter column payload type text using payload::text,
    add column flow            varchar(16) not null default 'Primary' check (flow in ('Primary', 'Secondary')),
    -- what the shell lists: an issue key, or "link 12345", or "project PAY"
    add column subject         varchar(64),
    add column state           varchar(16) not null default 'pending'
        check (state in ('pending', 'delivered', 'failed', 'dropped')),
    add column next_attempt_at timestamptz not null default now(),
    add column delivered_at    timestamptz,
    -- time of the last failed attempt once retries are exhausted (GET /rest/api/3/webhook/failed)
    add column failed_at       timestamptz,
    -- the URL of the last attempt (the target base URL can be overridden)
    add column target_url      varchar(512);

create index sandbox_webhook_delivery_pending on sandbox_webhook_delivery (next_attempt_at, id) where state = 'pending';
create index sandbox_webhook_delivery_failed on sandbox_webhook_delivery (failed_at, id) where state = 'failed';

-- issue numbers per project only grow (a deleted PAY-12 is never handed out again)
alter table sandbox_project add column issue_counter integer;
