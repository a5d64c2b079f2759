-- The matters list's first page for a district admin is the newest matters of the district: read backwards from this
-- index (then an incremental sort by id for ties) instead of sorting every matter. On 500,000 matters: 405 ms → 0.6 ms.
-- Lists within a grid, community or street read matter_grid_idx, one LIKE range per root of the scope.
create index matter_reported_idx on matter (reported_at);
