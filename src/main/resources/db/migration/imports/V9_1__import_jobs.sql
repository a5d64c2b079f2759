-- Spreadsheet imports of every kind in one place (resident rosters until now in resident_import, force
-- registrations in force_import, two identical tables): progress for the page, and every refused row with its
-- reason. A refused row is identified by its number and by cells that hold no plain personal data: a name, a masked
-- ID number. Earlier imports move over unchanged.
create table import_job (
    id                 uuid primary key,
    kind               varchar(20)  not null check (kind in ('ROSTER', 'REGISTRATION')),
    created_by         varchar(64)  not null,
    file_name          varchar(200) not null,
    status             varchar(10)  not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    total_rows         integer      not null default 0,
    processed_rows     integer      not null default 0,
    accepted           integer      not null default 0,
    already_registered integer      not null default 0,
    rejected           integer      not null default 0,
    failure            varchar(300),
    created_at         timestamptz  not null default now(),
    finished_at        timestamptz
);

create table import_job_refusal (
    import_id  uuid           not null references import_job (id) on delete cascade,
    row_number integer        not null,
    reason     varchar(60)    not null,
    argument   varchar(100),
    cells      varchar(100)[] not null default '{}',
    primary key (import_id, row_number, reason)
);

insert into import_job (id, kind, created_by, file_name, status, total_rows, processed_rows, accepted,
                        already_registered, rejected, failure, created_at, finished_at)
select id, 'ROSTER', created_by, file_name, status, total_rows, processed_rows, accepted, already_registered, rejected,
       failure, created_at, finished_at
from resident_import;

insert into import_job (id, kind, created_by, file_name, status, total_rows, processed_rows, accepted,
                        already_registered, rejected, failure, created_at, finished_at)
select id, 'REGISTRATION', created_by, file_name, status, total_rows, processed_rows, accepted, already_registered,
       rejected, failure, created_at, finished_at
from force_import;

insert into import_job_refusal (import_id, row_number, reason, argument, cells)
select import_id, row_number, reason, argument, array[name, masked_id] from resident_import_rejection;

insert into import_job_refusal (import_id, row_number, reason, argument, cells)
select import_id, row_number, reason, argument, array[name] from force_import_rejection;

drop table resident_import_rejection, resident_import, force_import_rejection, force_import;
