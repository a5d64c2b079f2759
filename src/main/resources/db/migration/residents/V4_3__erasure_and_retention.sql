-- Deletion on request (with a second person's approval) and retention both anonymise: the person can no longer be
-- identified, while grid, sex, birth year, residence type and groups stay for aggregate statistics.
alter table resident add column anonymised_at timestamptz;

create table erasure_request (
    id           uuid primary key,
    resident_id  uuid         not null references resident (id),
    requested_by varchar(64)  not null,
    reason       varchar(500) not null,
    requested_at timestamptz  not null default now(),
    status       varchar(10)  not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by   varchar(64),
    decided_at   timestamptz,
    constraint erasure_four_eyes check (decided_by is null or decided_by <> requested_by)
);
create unique index erasure_request_one_open on erasure_request (resident_id) where status = 'PENDING';
