-- The tally triggers run once per statement instead of once per row: a batch of reports (Intake stores reports in
-- batches) appends its deltas in one insert, with matter_contribution inlined, instead of one PL/pgSQL call and one
-- insert per matter. Same deltas as before (V7_3): -1 for the old contribution, +1 for the new one, and nothing for
-- an update that changes nothing the tallies count.
drop trigger matter_tally on matter;
drop function matter_tally_record();

create function matter_tally_inserted() returns trigger language plpgsql as $$
begin
    insert into matter_tally_delta (grid_code, day, colour, stage, department_code, cell_y, cell_x, reported, accepted,
                                    accepted_in_time, resolved_at_set, resolved, rated, satisfied, handling_seconds, sign)
    select c.*, 1 from new_rows m cross join lateral matter_contribution(m) c where m.grid_code is not null;
    return null;
end
$$;

create function matter_tally_updated() returns trigger language plpgsql as $$
begin
    insert into matter_tally_delta (grid_code, day, colour, stage, department_code, cell_y, cell_x, reported, accepted,
                                    accepted_in_time, resolved_at_set, resolved, rated, satisfied, handling_seconds, sign)
    with changed as (
        select o.id from old_rows o join new_rows n on n.id = o.id
        where (o.grid_code, o.stage, o.colour, o.rating, o.accepted_at, o.accept_due, o.resolved_at, o.reported_at,
               o.department_code, o.lat, o.lng)
              is distinct from (n.grid_code, n.stage, n.colour, n.rating, n.accepted_at, n.accept_due, n.resolved_at,
               n.reported_at, n.department_code, n.lat, n.lng)
    )
    select c.*, -1 from old_rows m cross join lateral matter_contribution(m) c
    where m.grid_code is not null and m.id in (select id from changed)
    union all
    select c.*, 1 from new_rows m cross join lateral matter_contribution(m) c
    where m.grid_code is not null and m.id in (select id from changed);
    return null;
end
$$;

create function matter_tally_deleted() returns trigger language plpgsql as $$
begin
    insert into matter_tally_delta (grid_code, day, colour, stage, department_code, cell_y, cell_x, reported, accepted,
                                    accepted_in_time, resolved_at_set, resolved, rated, satisfied, handling_seconds, sign)
    select c.*, -1 from old_rows m cross join lateral matter_contribution(m) c where m.grid_code is not null;
    return null;
end
$$;

create trigger matter_tally_insert after insert on matter referencing new table as new_rows
    for each statement execute function matter_tally_inserted();
create trigger matter_tally_update after update on matter referencing old table as old_rows new table as new_rows
    for each statement execute function matter_tally_updated();
create trigger matter_tally_delete after delete on matter referencing old table as old_rows
    for each statement execute function matter_tally_deleted();
