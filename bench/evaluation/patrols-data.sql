-- Patrol and visit records for the evaluation benchmark: at least 50,000 over the last two months (61 days) for the
-- grids that exist, each patrol by the grid's worker account (or, where a grid has none, a fixed stand-in id, so that
-- per-grid indicators still count it), with eight track points and three visits. Keys are derived from grid, day and
-- slot, so running the script again adds nothing (on conflict do nothing on each table's key).
--
-- Run against the application's database, e.g.
--   psql "postgresql://postgres@localhost:<port>/linju" -v ON_ERROR_STOP=1 -f bench/evaluation/patrols-data.sql
-- (the embedded server's port is in the log line "Embedded PostgreSQL ... on port"; the demo district must be loaded).
-- With -v first_day=2026-09-01 the 61 days start on that day instead (run-evaluation.sh: the cycle it computes).
\set ON_ERROR_STOP on
\if :{?first_day}
\else
\set first_day ''
\endif
begin;

create temporary table bench_patrol on commit drop as
with grids as (
    select g.code, (g.min_lat + g.max_lat) / 2 as lat, (g.min_lng + g.max_lng) / 2 as lng,
           coalesce(a.id, md5('bench-worker-' || g.code)::uuid) as worker_id,
           coalesce(a.display_name, '网格员 ' || g.code) as worker_name
    from grid g
    left join lateral (select id, display_name from account
                       where role = 'GRID_WORKER' and scope_codes = array[g.code]::text[]
                       order by username limit 1) a on true
),
-- Patrols per grid and day: as many as it takes for 50,000 records (a patrol and its three visits are four).
per_day as (select greatest(1, ceil(50000.0 / (4 * greatest(count(*), 1) * 61)))::int as n from grids)
select 'bench-' || g.code || '-' || d::date || '-' || s as client_key, g.worker_id, g.worker_name, g.code as grid_code,
       g.lat, g.lng,
       ((d::date + time '08:30' + s * interval '150 minutes'
         + (abs(hashtext(g.code || d::text || s)) % 90) * interval '1 minute') at time zone 'Asia/Shanghai') as started_at,
       45 + abs(hashtext(d::text || g.code)) % 60 as minutes
from grids g
cross join per_day
cross join (select coalesce(nullif(:'first_day', '')::date, current_date - 61) as day0) f
cross join generate_series(f.day0, f.day0 + 60, interval '1 day') d
cross join generate_series(0, per_day.n - 1) s;

insert into patrol (id, client_key, worker_id, worker_name, grid_code, started_at, ended_at)
select gen_random_uuid(), client_key, worker_id, worker_name, grid_code, started_at,
       started_at + minutes * interval '1 minute'
from bench_patrol
on conflict (worker_id, client_key) do nothing;

insert into patrol_point (patrol_id, at, lat, lng)
select p.id, p.started_at + k * (b.minutes / 7.0) * interval '1 minute',
       b.lat + 0.0006 * sin(k + abs(hashtext(b.client_key)) % 7), b.lng + 0.0006 * cos(k * 1.3)
from bench_patrol b
join patrol p on p.worker_id = b.worker_id and p.client_key = b.client_key
cross join generate_series(0, 7) k
on conflict do nothing;

insert into patrol_visit (id, client_key, patrol_id, worker_id, worker_name, grid_code, visited_at, household, finding,
                          lat, lng)
select gen_random_uuid(), b.client_key || ':visit:' || v, p.id, b.worker_id, b.worker_name, b.grid_code,
       p.started_at + v * (b.minutes / 4.0) * interval '1 minute',
       (1 + abs(hashtext(b.client_key || v)) % 12) || '栋' || (1 + v % 3) || '单元' || (101 + abs(hashtext(b.client_key)) % 18 * 100 + v),
       (array['住户无诉求', '独居老人身体状况良好', '提醒电动车不要在楼道充电', '核对家庭人口信息，无变化'])[1 + (v + abs(hashtext(b.client_key))) % 4],
       b.lat + 0.0004 * v, b.lng - 0.0004 * v
from bench_patrol b
join patrol p on p.worker_id = b.worker_id and p.client_key = b.client_key
cross join generate_series(1, 3) v
on conflict (worker_id, client_key) do nothing;

select (select count(*) from patrol where client_key like 'bench-%') as patrols,
       (select count(*) from patrol_visit where client_key like 'bench-%') as visits,
       (select count(*) from patrol_point t join patrol p on p.id = t.patrol_id where p.client_key like 'bench-%') as points;
commit;
