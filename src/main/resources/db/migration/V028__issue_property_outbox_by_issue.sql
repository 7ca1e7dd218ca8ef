-- The property publisher takes an issue's every queued mark at once (a parent is queued at each change of its
-- subtree: 161,750 marks for ≈67k parents after a 250k backfill); this finds the other marks of a batch's issues.
create index issue_property_outbox_issue on issue_property_outbox (tenant_id, property_key, issue_id);
