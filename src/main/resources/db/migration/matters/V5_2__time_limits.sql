-- Time limits after Beijing's 接诉即办: acceptance within 2 hours of dispatch; resolution within 2 hours for
-- emergencies, 24 hours for urgent matters, 7 days for normal ones and 15 days for those needing the district.
alter table matter add column accept_due   timestamptz;
alter table matter add column resolve_due  timestamptz;
alter table matter add column accepted_at  timestamptz;
alter table matter add column resolved_at  timestamptz;
alter table matter add column escalated_at timestamptz;
create index matter_overdue_idx on matter (resolve_due) where escalated_at is null;
