-- The rates' live part reads open matters reported in the period. With a generic (prepared) plan PostgreSQL picked
-- the (stage, reported_at) index and rechecked hundreds of thousands of closed matters; this small partial index
-- holds only open matters and everything the query needs.
create index if not exists matter_open_reported_idx on matter (reported_at)
    include (grid_code, department_code, stage, accept_due, accepted_at, resolve_due, resolved_at)
    where stage not in ('RESOLVED', 'VERIFIED', 'STRUCK_OFF', 'VOIDED', 'MERGED');

-- The per-day tallies of a period are read with an index-only scan.
create index if not exists matter_day_tally_cover_idx on matter_day_tally (day, grid_code)
    include (department_code, reported, accepted, accepted_in_time, resolved_at_set, resolved, rated, satisfied,
             handling_seconds);
drop index if exists matter_day_tally_day_idx;
