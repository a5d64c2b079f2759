-- The workbench shows each person their imports still queued or running: a handful among every import ever made.
create index import_job_unfinished_idx on import_job (created_by, created_at) where status in ('QUEUED', 'RUNNING');
