-- The audit page filters by subject id alone (the old index leads with the subject's type) and by a date range
-- without an actor or an action; on a log of millions of entries both read every entry without these.
create index audit_entry_subject_id_idx on audit_entry (subject_id);
create index audit_entry_recorded_idx on audit_entry (recorded_at);
