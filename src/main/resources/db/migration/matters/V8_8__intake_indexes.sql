-- Likely duplicates (same category, within 50 m and 7 days) are found by a nearest-first search in a GiST index of
-- places, so a look-up reads about as many rows as it returns (at most 10), however many reports a spot has had.
-- The old index (category, lat) read every matter of the category in a 100 m band across the whole district.
-- A place is (lng · cos lat, lat): degrees of latitude on both axes, so distances between places are in degrees
-- (≈ 111 km) everywhere, close enough within 50 m; the exact distance is checked after the index.
create extension if not exists btree_gist;

create function matter_place(lat double precision, lng double precision) returns point
    language sql immutable parallel safe strict
    return point(lng * cos(radians(lat)), lat);

drop index matter_nearby_idx;
create index matter_nearby_place_idx on matter using gist (matter_place(lat, lng), category_code, reported_at)
    where lat is not null;

-- Every report pays for every index on matter. These two served no query: look-ups by phone use
-- matter_phone_time_idx (phone, reported_at), and no query filters on stage alone.
drop index matter_phone_idx;
drop index matter_stage_idx;
