-- The joint supervision register (四办合一联动督导): notices an office issued about a grid or one of its people, with
-- the fix it requires, the deduction points it brings to the grid's evaluation, and its follow-up.
create table supervision_notice (
    id              uuid primary key,
    office_code     varchar(8)    not null,
    grid_code       varchar(14)   not null,
    person_id       uuid,
    person_name     varchar(100),
    finding         text          not null,
    required_fix    text          not null,
    deadline        date          not null,
    points          numeric(5, 1) not null check (points >= 0 and points <= 100),
    issued_by       uuid          not null,
    issued_by_name  varchar(100)  not null,
    issued_at       timestamptz   not null,
    -- the China date of issue: the evaluation's periods are China dates
    issued_on       date          not null,
    state           varchar(16)   not null check (state in ('OPEN', 'REPORTED', 'ACCEPTED')),
    closed_on       date
);

-- The list's default order within a scope, and the evaluation's sums per grid and period.
create index supervision_notice_grid_idx on supervision_notice (grid_code text_pattern_ops, issued_at);
create index supervision_notice_period_idx on supervision_notice (issued_on, grid_code);
create index supervision_notice_person_idx on supervision_notice (person_id, issued_on);
create index supervision_notice_office_idx on supervision_notice (office_code, issued_at);

-- The follow-up of a notice, oldest first: the rectification reported, accepted or sent back with the reason.
create table supervision_step (
    id          bigserial primary key,
    notice_id   uuid         not null references supervision_notice (id),
    action      varchar(16)  not null check (action in ('ISSUED', 'REPORTED', 'ACCEPTED', 'SENT_BACK')),
    text        text         not null,
    actor_id    uuid         not null,
    actor_name  varchar(100) not null,
    at          timestamptz  not null
);

create index supervision_step_notice_idx on supervision_step (notice_id, id);
