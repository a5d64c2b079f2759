-- Likely duplicates (same category, within 50 m and 7 days) are found nearest first in a GiST index of points
-- (longitude, latitude): a look-up reads about as many rows as it returns (at most 10), however many reports a spot
-- has had. The old index (category, lat) read every matter of the category in a 100 m band across the district.
-- The index narrows to a box of ±55 m (its longitude side widened by 1 / cos latitude); metres_between then checks
-- the exact distance. Nearest first is by plain degrees, so only roughly nearest at these latitudes.
create extension if not exists btree_gist;

-- Great-circle distance in metres (haversine, mean Earth radius).
create function metres_between(lat1 double precision, lng1 double precision, lat2 double precision,
                               lng2 double precision) returns double precision
    language sql immutable parallel safe strict
    return 6371000 * 2 * asin(sqrt(power(sin(radians(lat2 - lat1) / 2), 2)
                                   + cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lng2 - lng1) / 2), 2)));

drop index matter_nearby_idx;
create index matter_nearby_place_idx on matter using gist (point(lng, lat), category_code, reported_at)
    where lat is not null;

-- Every report pays for every index on matter. These two served no query: look-ups by phone use
-- matter_phone_time_idx (phone, reported_at), and no query filters on stage alone.
drop index matter_phone_idx;
drop index matter_stage_idx;
