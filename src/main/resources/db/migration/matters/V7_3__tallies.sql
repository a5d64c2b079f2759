-- Running tallies for the dashboard and the three rates, so they read a few thousand rows instead of millions.
-- Every change of a located matter appends its old contribution with sign -1 and its new one with sign +1 to
-- matter_tally_delta (an append-only table: concurrent intake never contends on a counter row). A job folds the
-- deltas into the tallies every few seconds in one transaction; readers add tallies and not-yet-folded deltas in
-- one statement, so they are always exact. Numbers that depend on the clock (due, overdue) are read live from the
-- open matters (partial index below). The heat-map cell size 0.0025° matches Dashboard.CELL.

create function matter_contribution(m matter)
returns table (grid_code varchar, day date, colour varchar, stage varchar, department_code varchar, cell_y integer,
               cell_x integer, reported integer, accepted integer, accepted_in_time integer, resolved_at_set integer,
               resolved integer, rated integer, satisfied integer, handling_seconds double precision)
language sql stable as $$
    select m.grid_code, (m.reported_at at time zone 'Asia/Shanghai')::date, coalesce(m.colour, ''), m.stage,
           coalesce(m.department_code, ''), floor(m.lat / 0.0025)::integer, floor(m.lng / 0.0025)::integer,
           k.c, k.c * (m.accepted_at is not null)::integer, k.c * coalesce(m.accepted_at <= m.accept_due, false)::integer,
           k.c * (m.resolved_at is not null)::integer, k.c * (m.stage in ('RESOLVED', 'VERIFIED', 'STRUCK_OFF'))::integer,
           k.c * (m.rating is not null)::integer,
           k.c * coalesce(m.rating in ('SATISFIED', 'BASICALLY_SATISFIED'), false)::integer,
           k.c * coalesce(extract(epoch from m.resolved_at - m.reported_at)::double precision, 0)
    from (select case when m.stage in ('VOIDED', 'MERGED') then 0 else 1 end as c) k
$$;

create table matter_tally_delta (
    id               bigserial        primary key,
    grid_code        varchar(14)      not null,
    day              date             not null,
    colour           varchar(6)       not null,
    stage            varchar(12)      not null,
    department_code  varchar(20)      not null,
    cell_y           integer,
    cell_x           integer,
    reported         integer          not null,
    accepted         integer          not null,
    accepted_in_time integer          not null,
    resolved_at_set  integer          not null,
    resolved         integer          not null,
    rated            integer          not null,
    satisfied        integer          not null,
    handling_seconds double precision not null,
    sign             smallint         not null check (sign in (-1, 1))
);

-- Current state: how many matters of each colour and stage per grid (voided and merged ones included).
create table matter_state_tally (
    grid_code varchar(14) not null,
    colour    varchar(6)  not null,
    stage     varchar(12) not null,
    matters   bigint      not null,
    primary key (grid_code, colour, stage)
);

-- The rates' counters per grid, report day and department ('' = none); voided and merged matters count zero.
create table matter_day_tally (
    grid_code        varchar(14)      not null,
    day              date             not null,
    department_code  varchar(20)      not null,
    reported         bigint           not null,
    accepted         bigint           not null,
    accepted_in_time bigint           not null,
    resolved_at_set  bigint           not null,
    resolved         bigint           not null,
    rated            bigint           not null,
    satisfied        bigint           not null,
    handling_seconds double precision not null,
    primary key (grid_code, day, department_code)
);
create index matter_day_tally_day_idx on matter_day_tally (day, grid_code);

-- The density map: matters per grid and 0.0025° cell (voided and merged ones not counted).
create table matter_cell_tally (
    grid_code varchar(14) not null,
    cell_y    integer     not null,
    cell_x    integer     not null,
    matters   bigint      not null,
    primary key (grid_code, cell_y, cell_x)
);

create function matter_tally_record() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and new.grid_code is not distinct from old.grid_code and new.stage = old.stage
       and new.colour is not distinct from old.colour and new.rating is not distinct from old.rating
       and new.accepted_at is not distinct from old.accepted_at and new.accept_due is not distinct from old.accept_due
       and new.resolved_at is not distinct from old.resolved_at and new.reported_at = old.reported_at
       and new.department_code is not distinct from old.department_code
       and new.lat is not distinct from old.lat and new.lng is not distinct from old.lng then
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') and old.grid_code is not null then
        insert into matter_tally_delta (grid_code, day, colour, stage, department_code, cell_y, cell_x, reported,
                                        accepted, accepted_in_time, resolved_at_set, resolved, rated, satisfied,
                                        handling_seconds, sign)
        select c.*, -1 from matter_contribution(old) c;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.grid_code is not null then
        insert into matter_tally_delta (grid_code, day, colour, stage, department_code, cell_y, cell_x, reported,
                                        accepted, accepted_in_time, resolved_at_set, resolved, rated, satisfied,
                                        handling_seconds, sign)
        select c.*, 1 from matter_contribution(new) c;
    end if;
    return null;
end
$$;

create trigger matter_tally after insert or update or delete on matter
    for each row execute function matter_tally_record();

-- Moves every visible delta into the tallies, in one transaction; returns how many deltas it folded.
create function matter_tally_fold() returns bigint language sql as $$
    with moved as (
        delete from matter_tally_delta returning *
    ), state as (
        insert into matter_state_tally (grid_code, colour, stage, matters)
        select grid_code, colour, stage, sum(sign) from moved group by 1, 2, 3
        on conflict (grid_code, colour, stage) do update set matters = matter_state_tally.matters + excluded.matters
    ), days as (
        insert into matter_day_tally (grid_code, day, department_code, reported, accepted, accepted_in_time,
                                      resolved_at_set, resolved, rated, satisfied, handling_seconds)
        select grid_code, day, department_code, sum(sign * reported), sum(sign * accepted),
               sum(sign * accepted_in_time), sum(sign * resolved_at_set), sum(sign * resolved), sum(sign * rated),
               sum(sign * satisfied), sum(sign * handling_seconds)
        from moved group by 1, 2, 3
        on conflict (grid_code, day, department_code) do update
        set reported = matter_day_tally.reported + excluded.reported,
            accepted = matter_day_tally.accepted + excluded.accepted,
            accepted_in_time = matter_day_tally.accepted_in_time + excluded.accepted_in_time,
            resolved_at_set = matter_day_tally.resolved_at_set + excluded.resolved_at_set,
            resolved = matter_day_tally.resolved + excluded.resolved,
            rated = matter_day_tally.rated + excluded.rated,
            satisfied = matter_day_tally.satisfied + excluded.satisfied,
            handling_seconds = matter_day_tally.handling_seconds + excluded.handling_seconds
    ), cells as (
        insert into matter_cell_tally (grid_code, cell_y, cell_x, matters)
        select grid_code, cell_y, cell_x, sum(sign * reported) from moved where cell_y is not null group by 1, 2, 3
        on conflict (grid_code, cell_y, cell_x) do update set matters = matter_cell_tally.matters + excluded.matters
    )
    select count(*) from moved
$$;

-- Recounts everything from the matters (after a bulk load with triggers off, or to check the tallies).
create function matter_tally_rebuild() returns bigint language sql as $$
    delete from matter_state_tally;
    delete from matter_day_tally;
    delete from matter_cell_tally;
    delete from matter_tally_delta;
    insert into matter_tally_delta (grid_code, day, colour, stage, department_code, cell_y, cell_x, reported,
                                    accepted, accepted_in_time, resolved_at_set, resolved, rated, satisfied,
                                    handling_seconds, sign)
    select c.*, 1 from matter m cross join lateral matter_contribution(m) c where m.grid_code is not null;
    select matter_tally_fold();
$$;

select matter_tally_rebuild();

-- Open matters, for the numbers that depend on the clock and for the overdue list.
create index matter_open_idx on matter (resolve_due)
    include (grid_code, reported_at, accept_due, accepted_at, resolved_at, stage)
    where stage not in ('RESOLVED', 'VERIFIED', 'STRUCK_OFF', 'VOIDED', 'MERGED');
