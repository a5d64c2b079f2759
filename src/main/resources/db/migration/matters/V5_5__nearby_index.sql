-- Likely-duplicate search at intake: same category, a narrow latitude band, then longitude and age.
create index matter_nearby_idx on matter (category_code, lat) include (lng, reported_at, stage);
