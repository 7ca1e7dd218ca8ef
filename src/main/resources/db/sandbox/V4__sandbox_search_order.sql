-- search/jql pages by position (the last issue handed out) instead of by offset, so a 250k-issue site pages in
-- linear time. These indexes hand out the next page of a project, or of the whole site, in key order or newest
-- first without sorting or re-reading the pages before it. The key expressions are exactly those of
-- SiteData.seek (project part compared byte-wise, as Java compares strings; then the number): keep them in step.
create index sandbox_issue_project_key on sandbox_issue
    (project_id, (split_part(key, '-', 1) collate "C"), (cast(split_part(key, '-', 2) as bigint)));
create index sandbox_issue_key_order on sandbox_issue
    ((split_part(key, '-', 1) collate "C"), (cast(split_part(key, '-', 2) as bigint)));
-- newest first within a project; still serves every lookup by project
drop index sandbox_issue_project;
create index sandbox_issue_project on sandbox_issue (project_id, id);
