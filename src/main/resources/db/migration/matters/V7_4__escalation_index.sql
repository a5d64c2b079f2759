-- The escalation job looks only at open matters not yet escalated. The old index held every matter never
-- escalated, closed ones included, so at millions of matters each run walked all of them.
drop index matter_overdue_idx;
create index matter_escalation_idx on matter (resolve_due)
    where escalated_at is null and stage not in ('RESOLVED', 'VERIFIED', 'STRUCK_OFF', 'VOIDED', 'DEFERRED', 'MERGED');
