-- The delta table is written and emptied all day: vacuum it after every thousand dead rows instead of after a fifth
-- of the table, so readers never scan pages full of folded rows.
alter table matter_tally_delta set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000,
                                    autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 1000);

-- A recount goes straight from the matters into the tallies, not through millions of delta rows.
create or replace function matter_tally_rebuild() returns bigint language sql as $$
    delete from matter_tally_delta;
    delete from matter_state_tally;
    delete from matter_day_tally;
    delete from matter_cell_tally;
    with c as materialized (
        select c.* from matter m cross join lateral matter_contribution(m) c where m.grid_code is not null
    ), state as (
        insert into matter_state_tally (grid_code, colour, stage, matters)
        select grid_code, colour, stage, count(*) from c group by 1, 2, 3
    ), days as (
        insert into matter_day_tally (grid_code, day, department_code, reported, accepted, accepted_in_time,
                                      resolved_at_set, resolved, rated, satisfied, handling_seconds)
        select grid_code, day, department_code, sum(reported), sum(accepted), sum(accepted_in_time),
               sum(resolved_at_set), sum(resolved), sum(rated), sum(satisfied), sum(handling_seconds)
        from c group by 1, 2, 3
    ), cells as (
        insert into matter_cell_tally (grid_code, cell_y, cell_x, matters)
        select grid_code, cell_y, cell_x, sum(reported) from c where cell_y is not null group by 1, 2, 3
    )
    select count(*) from c
$$;
