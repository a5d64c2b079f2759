-- The workbench (issue 16) reads, for each person, the matters that wait for their next step. Open matters that can
-- still miss a limit are a few tens of thousands among millions; this partial index holds only them, with every
-- column the counts and the most-urgent list need, so both are index-only scans of it (EXPLAIN on the 5,000,000-matter
-- bench set: bench/README.md, "Issue 16: workbench"). Resolved and verified matters are counted from the tallies.
create index matter_waiting_idx on matter (grid_code)
    include (id, colour, stage, accept_due, resolve_due, reported_at)
    where stage not in ('RESOLVED', 'VERIFIED', 'STRUCK_OFF', 'VOIDED', 'MERGED', 'DEFERRED');

-- A department's staff wait for the red matters handed to their department and not yet closed.
create index matter_department_open_idx on matter (department_code)
    include (id, colour, stage, accept_due, resolve_due, reported_at)
    where department_code is not null and stage not in ('STRUCK_OFF', 'VOIDED', 'MERGED', 'DEFERRED');

-- A signed-in resident's own reports, newest first (reports from the public form and the API carry no account).
create index matter_created_by_idx on matter (created_by, reported_at desc) where created_by is not null;
