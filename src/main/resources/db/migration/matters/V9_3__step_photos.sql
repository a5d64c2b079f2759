-- Photos taken at a step of the work (before handling, after handling, at verification) belong to that step's
-- timeline entry; the reporter's photos have none.
alter table matter_photo add column timeline_id bigint references matter_timeline (id);
create index matter_photo_step_idx on matter_photo (timeline_id) where timeline_id is not null;
