-- Likely duplicates are looked up in cells of 0.001° (about 110 m × 95 m here): a report's 50 m circle touches at
-- most four cells, so the look-up reads only same-category matters of the last days in those cells. The old index
-- (category, lat) read every matter of the category in a 100 m band across the whole district.
create function matter_cell_key(y bigint, x bigint) returns bigint
    language sql immutable parallel safe strict
    return (y + 90000) * 1000000 + (x + 180000);

create function matter_cell(lat double precision, lng double precision) returns bigint
    language sql immutable parallel safe strict
    return matter_cell_key(floor(lat * 1000)::bigint, floor(lng * 1000)::bigint);

create index matter_nearby_cell_idx on matter (category_code, matter_cell(lat, lng), reported_at)
    include (lat, lng, stage) where lat is not null;
drop index matter_nearby_idx;

-- Every report pays for every index on matter. These two served no query: look-ups by phone use
-- matter_phone_time_idx (phone, reported_at), and no query filters on stage alone.
drop index matter_phone_idx;
drop index matter_stage_idx;
