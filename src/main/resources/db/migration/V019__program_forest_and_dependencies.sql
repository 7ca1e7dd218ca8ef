-- The top of each program's forest: members whose parent is not a member (or who have none). The Program page's
-- work table starts there; finding them by an anti-join over every member cost ~0.6-1.7 s on a 250k-issue
-- program, so the rollup writer keeps the flag current for the issues it touches (docs/rollups.md).
alter table program_issue add column top boolean not null default false;

update program_issue pi set top = true
from rollup_node n
where n.tenant_id = pi.tenant_id and n.issue_id = pi.issue_id
  and (n.parent_id is null
       or not exists (select 1 from program_issue pp where pp.program_id = pi.program_id and pp.issue_id = n.parent_id));

create index program_issue_top on program_issue (program_id) where top;

-- Each program's cross-project dependencies, kept by the rollup writer for the issues it touches: a live Blocks
-- link between issues of different projects, at least one end a member, whose blocked issue is not done — with
-- the dates and state the off-track rule needs. Off track depends on today, so it is decided when read; finding
-- the links by joining the whole mirror cost ~340 ms per program read at 250k issues.
create table program_dependency (
    program_id      uuid    not null references program (id) on delete cascade,
    tenant_id       uuid    not null,
    link_id         bigint  not null,
    blocker_id      bigint  not null,
    blocked_id      bigint  not null,
    blocker_project text,
    blocked_project text,
    blocker_due     date,
    blocker_done    boolean not null,
    blocked_due     date,
    primary key (program_id, link_id)
);
create index program_dependency_blocker on program_dependency (tenant_id, blocker_id);
create index program_dependency_blocked on program_dependency (tenant_id, blocked_id);

insert into program_dependency (program_id, tenant_id, link_id, blocker_id, blocked_id, blocker_project,
                                blocked_project, blocker_due, blocker_done, blocked_due)
select pi.program_id, l.tenant_id, l.link_id, b.issue_id, d.issue_id, b.project_key, d.project_key, b.due_date,
       b.status_category = 'done', d.due_date
from jira_issue_link l
join jira_issue b on b.tenant_id = l.tenant_id and b.issue_id = l.source_id and b.deleted_at is null
join jira_issue d on d.tenant_id = l.tenant_id and d.issue_id = l.destination_id and d.deleted_at is null
join program_issue pi on pi.tenant_id = l.tenant_id and pi.issue_id in (b.issue_id, d.issue_id)
where l.deleted_at is null and l.link_type = 'Blocks' and b.project_id <> d.project_id and d.status_category <> 'done'
on conflict do nothing;
