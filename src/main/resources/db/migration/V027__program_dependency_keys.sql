-- The dependency list is sorted by the blocker's then the blocked issue's key. Finding the first page by joining
-- every row of the program with jira_issue twice cost ~150 ms at 250k issues (~6k rows, docs/benchmarks.md run 8);
-- with the keys kept here (by the rollup writer, which re-derives a row whenever either end changes, a move to
-- another project and so a new key included) an index walk in list order reads only the page.
alter table program_dependency add column blocker_key text, add column blocked_key text;

-- a key Jira never sent is kept as '' (sorted first), so the list's keyset has no nulls to step over
update program_dependency pd set blocker_key = coalesce(b.issue_key, ''), blocked_key = coalesce(d.issue_key, '')
from jira_issue b, jira_issue d
where b.tenant_id = pd.tenant_id and b.issue_id = pd.blocker_id
  and d.tenant_id = pd.tenant_id and d.issue_id = pd.blocked_id;

-- a row whose end has left the mirror was never listed (the list joined it away); the writer drops such rows too
delete from program_dependency where blocker_key is null or blocked_key is null;

alter table program_dependency alter column blocker_key set not null, alter column blocked_key set not null;

create index program_dependency_list on program_dependency (tenant_id, program_id, blocker_key, blocked_key, link_id);
