-- The workbench's own statements (matters Workload and AreaStanding), as the app sends them, for one scope:
-- psql -v patterns='{51170300100101%}' -v low=51170300100101 -v high=51170300100101z -v district='{511703%}'
--      -v pairs='{GREEN:DISPATCHED,...}' -f workbench-explain.sql
-- Each is run with EXPLAIN (ANALYZE, BUFFERS) so the plan and its time on the 5,000,000-matter set are on record.
explain (analyze, buffers, costs off)
select coalesce(m.colour, '') as colour, m.stage, count(*) as n,
       count(*) filter (where m.stage not in ('RESOLVED', 'VERIFIED')
                        and case when m.stage = 'DISPATCHED' then least(m.accept_due, m.resolve_due) else m.resolve_due end < now()) as late
from matter m
where m.stage not in ('RESOLVED', 'VERIFIED', 'STRUCK_OFF', 'VOIDED', 'MERGED', 'DEFERRED')
  and m.grid_code >= :'low' and m.grid_code < :'high' and m.grid_code like any (cast(:'patterns' as text[]))
  and (coalesce(m.colour, '') || ':' || m.stage) = any (cast(:'pairs' as text[]))
group by 1, 2;

explain (analyze, buffers, costs off)
select colour || ':' || stage, sum(n) from (
    select grid_code, colour, stage, matters as n from matter_state_tally
    union all
    select grid_code, colour, stage, sign from matter_tally_delta
) t
where stage in ('RESOLVED', 'VERIFIED') and grid_code like any (cast(:'patterns' as text[]))
  and (colour || ':' || stage) = any (cast(:'pairs' as text[]))
group by 1 having sum(n) > 0;

explain (analyze, buffers, costs off)
select m.id, m.tracking_code, c.name as category_name, m.colour, m.stage, m.grid_code, w.due
from (select m.id, case when m.stage = 'DISPATCHED' then least(m.accept_due, m.resolve_due) else m.resolve_due end as due,
             m.reported_at
      from matter m
      where m.stage not in ('RESOLVED', 'VERIFIED', 'STRUCK_OFF', 'VOIDED', 'MERGED', 'DEFERRED')
        and m.grid_code >= :'low' and m.grid_code < :'high' and m.grid_code like any (cast(:'patterns' as text[]))
        and m.stage not in ('RESOLVED', 'VERIFIED')
        and (coalesce(m.colour, '') || ':' || m.stage) = any (cast(:'pairs' as text[]))
      order by 2 nulls last, 3 limit 20) w
join matter m on m.id = w.id join matter_category c on c.code = m.category_code
order by w.due nulls last, w.reported_at;

explain (analyze, buffers, costs off)
select count(*) filter (where m.grid_code like any (cast(:'patterns' as text[]))), count(*)
from matter m
where m.stage not in ('RESOLVED', 'VERIFIED', 'STRUCK_OFF', 'VOIDED', 'MERGED', 'DEFERRED') and m.resolve_due < now()
  and m.grid_code like any (cast(:'district' as text[]));

explain (analyze, buffers, costs off)
select m.tracking_code, c.name, coalesce(t.stage, m.stage) as stage, m.reported_at
from matter m join matter_category c on c.code = m.category_code left join matter t on t.id = m.merged_into
where m.created_by = 'resident' order by m.reported_at desc limit 20;
