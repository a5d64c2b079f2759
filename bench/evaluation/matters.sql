-- Generates :rows benchmark matters reported in cycle 2026-5 (1 September to 31 October 2026, China time), spread
-- evenly over the demo district's 287 grids: most are struck off (80 % of those rated), some resolved late, the rest
-- open in every stage (many past their limits, so the overdue count has something to count). Triggers are off for
-- the load; the tallies are rebuilt after (run-evaluation.sh).
set session_replication_role = replica;
insert into matter (id, tracking_code, district_code, grid_code, category_code, description, channel, lat, lng,
                    stage, colour, urgency, difficulty, rating, version, reported_at, updated_at, accept_due,
                    resolve_due, accepted_at, resolved_at)
select gen_random_uuid(), 'V' || lpad(s.n::text, 9, '0'), '511703', g.code, c.code, '考评基准生成的事项', 'API',
       g.min_lat + (g.max_lat - g.min_lat) * s.r1, g.min_lng + (g.max_lng - g.min_lng) * s.r2,
       s.stage, (array['GREEN', 'GREEN', 'YELLOW', 'RED'])[1 + s.n % 4], 'NORMAL', 'GRID',
       case when s.stage = 'STRUCK_OFF' and s.r4 < 0.8
            then (array['SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'])[1 + s.n % 4] end,
       1, s.reported, s.reported, s.reported + interval '2 hours', s.reported + interval '7 days',
       case when s.stage not in ('DISPATCHED', 'VOIDED') then s.reported + s.r4 * interval '3 hours' end,
       case when s.stage in ('RESOLVED', 'VERIFIED', 'STRUCK_OFF') then s.reported + s.r4 * interval '9 days' end
from (
    select a.*,
           case when a.r3 < 0.9 then (case when a.r3 < 0.01 then 'VOIDED' when a.r3 < 0.05 then 'VERIFIED' else 'STRUCK_OFF' end)
                else (array['DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'RESOLVED', 'DEFERRED'])[1 + a.n % 5]
           end as stage
    from (
        select n, random() as r1, random() as r2, random() as r3, random() as r4,
               timestamptz '2026-09-01 00:00+08' + random() * interval '60 days' + 0 * n * interval '1 s' as reported
        from generate_series(1, :rows) n
    ) a
) s
join (select row_number() over (order by code) - 1 as i, * from grid) g on g.i = s.n % 287
join (select row_number() over (order by code) - 1 as i, code from matter_category where parent_code is not null) c
  on c.i = s.n % (select count(*) from matter_category where parent_code is not null);
set session_replication_role = origin;
