-- Generates :rows benchmark matters numbered from :first, spread evenly over the demo district's 287 grids and
-- over the last three years. Most old matters are closed (struck off, a few voided); recent ones are open in every
-- stage; about 80 % of struck-off matters are rated; open matters past their deadline were escalated when it passed
-- (a steady state, not a backlog of 10,000 escalations at start). Triggers are off for the load; the tallies are
-- rebuilt after.
set session_replication_role = replica;
insert into matter (id, tracking_code, district_code, grid_code, category_code, description, channel, lat, lng,
                    stage, colour, urgency, difficulty, rating, version, reported_at, updated_at, accept_due,
                    resolve_due, accepted_at, resolved_at, escalated_at)
select gen_random_uuid(), 'B' || lpad(s.n::text, 9, '0'), '511703', g.code, c.code, '基准测试生成的事项', 'API',
       g.min_lat + (g.max_lat - g.min_lat) * s.r1, g.min_lng + (g.max_lng - g.min_lng) * s.r2,
       s.stage, case when s.stage = 'REPORTED' then null else (array['GREEN', 'GREEN', 'YELLOW', 'RED'])[1 + s.n % 4] end,
       'NORMAL', 'GRID',
       case when s.stage = 'STRUCK_OFF' and s.r4 < 0.8
            then (array['SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'])[1 + s.n % 4] end,
       1, s.reported, s.reported, s.reported + interval '2 hours', s.reported + interval '7 days',
       case when s.stage not in ('REPORTED', 'REGISTERED', 'DISPATCHED', 'VOIDED') then s.reported + s.r4 * interval '3 hours' end,
       case when s.stage in ('RESOLVED', 'VERIFIED', 'STRUCK_OFF') then s.reported + s.r4 * interval '9 days' end,
       case when s.stage in ('REPORTED', 'REGISTERED', 'DISPATCHED', 'ACCEPTED', 'IN_PROGRESS')
                 and s.reported + interval '7 days' < now() then s.reported + interval '7 days' end
from (
    select a.*,
           case when a.r3 < (case when a.age < 7 then 0.4 when a.age < 30 then 0.95 else 0.999 end)
                then (case when a.r3 < 0.01 then 'VOIDED' when a.r3 < 0.03 then 'VERIFIED' else 'STRUCK_OFF' end)
                else (array['REPORTED', 'REGISTERED', 'DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'RESOLVED', 'DEFERRED'])[1 + a.n % 7]
           end as stage
    from (
        select n, random() as r1, random() as r2, random() as r3, random() as r4, t.age,
               now() - t.age * interval '1 day' as reported
        from generate_series(:first, :first + :rows - 1) n
        cross join lateral (select random() * 1095 + 0 * n as age) t
    ) a
) s
join (select row_number() over (order by code) - 1 as i, * from grid) g on g.i = s.n % 287
join (select row_number() over (order by code) - 1 as i, code from matter_category where parent_code is not null) c
  on c.i = s.n % (select count(*) from matter_category where parent_code is not null);
