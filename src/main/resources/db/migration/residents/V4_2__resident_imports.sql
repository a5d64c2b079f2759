-- Roster imports: progress for the page, and every rejected row with its reason. No plaintext ID number or phone
-- is kept here: rejected rows are identified by row number, name and a masked ID.
create table resident_import (
    id                 uuid primary key,
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

create table resident_import_rejection (
    import_id   uuid         not null references resident_import (id) on delete cascade,
    row_number  integer      not null,
    reason      varchar(60)  not null,
    argument    varchar(100),
    name        varchar(50),
    masked_id   varchar(30),
    primary key (import_id, row_number, reason)
);
