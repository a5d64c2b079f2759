-- A new kind of import (accounts next, then later modules') is a new ImportKind in Java, not a change to this table:
-- the kind is any upper-case name (it was limited to the first two kinds).
alter table import_job drop constraint import_job_kind_check;
alter table import_job add constraint import_job_kind_named check (kind ~ '^[A-Z][A-Z_]{0,19}$');
