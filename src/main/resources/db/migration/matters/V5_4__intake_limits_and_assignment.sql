-- Anonymous intake is rate-limited per address and per phone; the address is kept only as a keyed hash.
alter table matter add column reporter_address_index char(64);
create index matter_address_idx on matter (reporter_address_index, reported_at);
create index matter_phone_time_idx on matter (reporter_phone_index, reported_at);
