-- A report's photos are stored before the report, on the caller's own connection, and linked to it inside the
-- intake batch's transaction (a pointer update instead of megabytes written while every other report of the batch
-- waits). Photos whose report was never taken stay unlinked and are deleted after an hour.
alter table matter_photo alter column matter_id drop not null;
create index matter_photo_unlinked_idx on matter_photo (created_at) where matter_id is null;
