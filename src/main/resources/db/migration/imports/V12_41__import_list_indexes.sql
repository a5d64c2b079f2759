-- The list of imports (/imports): a person's own jobs newest first (also "my imports still running" on the
-- workbench), and everyone's newest first for those who may follow others' jobs.
create index import_job_creator_idx on import_job (created_by, created_at desc);
create index import_job_created_idx on import_job (created_at desc);
