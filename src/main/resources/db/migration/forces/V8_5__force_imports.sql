-- Registration imports (.xlsx): progress for the page, and every rejected row with its reason. No phone is kept
-- here: rejected rows are identified by row number and name.
create table force_import (
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

create table force_import_rejection (
    import_id  uuid        not null references force_import (id) on delete cascade,
    row_number integer     not null,
    reason     varchar(60) not null,
    argument   varchar(100),
    name       varchar(50),
    primary key (import_id, row_number, reason)
);
