-- Common-prosperity workshops (共富工坊) under clean-workshop supervision (清廉工坊). The operator is an organisation;
-- no person's data is kept. The grid places the workshop in the district tree (every list is scoped by it).
create table workshop (
    id             uuid primary key,
    name           varchar(100) not null,
    operator_org   varchar(100) not null,
    grid_code      varchar(14)  not null,
    lat            double precision,
    lng            double precision,
    kind           varchar(24)  not null,
    workers        integer      not null check (workers >= 0 and workers <= 100000),
    started_on     date         not null,
    status         varchar(16)  not null check (status in ('OPERATING', 'SUSPENDED', 'CLOSED')),
    -- the title as it stands now; its history is workshop_title_event
    title          varchar(16)  not null default 'NONE' check (title in ('NONE', 'TITLED', 'REVOKED')),
    title_since    date,
    registered_by  uuid         not null,
    registered_at  timestamptz  not null
);
create index workshop_grid_idx on workshop (grid_code text_pattern_ops, name);
create index workshop_titled_idx on workshop (title, name) where title <> 'NONE';

-- Every award and revocation of the title, with its reason and the inspection it rests on.
create table workshop_title_event (
    id             bigserial primary key,
    workshop_id    uuid         not null references workshop (id),
    action         varchar(16)  not null check (action in ('AWARDED', 'REVOKED')),
    reason         text         not null,
    inspection_id  uuid,
    actor_id       uuid         not null,
    actor_name     varchar(100) not null,
    at             timestamptz  not null,
    on_day         date         not null
);
create index workshop_title_event_idx on workshop_title_event (workshop_id, id);

-- A drawn schedule of unannounced inspections: who asked for how many in which period over which area, and how many
-- workshops the draw was made from (SecureRandom; the inspections it drew point back to it).
create table workshop_draw (
    id             uuid primary key,
    area_code      varchar(14)  not null,
    period_from    date         not null,
    period_to      date         not null,
    asked          integer      not null check (asked > 0),
    pool           integer      not null,
    drawn_by       uuid         not null,
    drawn_by_name  varchar(100) not null,
    drawn_at       timestamptz  not null
);

-- An inspection. Until it is carried out or its day has passed only the supervision roles see it (enforced in every
-- query by the day and conducted_at).
create table workshop_inspection (
    id             uuid primary key,
    workshop_id    uuid         not null references workshop (id),
    grid_code      varchar(14)  not null,
    draw_id        uuid         references workshop_draw (id),
    day            date         not null,
    result         varchar(8)   check (result in ('PASSED', 'FAILED')),
    summary        text,
    conducted_at   timestamptz,
    conducted_by   uuid
);
create index workshop_inspection_workshop_idx on workshop_inspection (workshop_id, day);
create index workshop_inspection_grid_idx on workshop_inspection (grid_code text_pattern_ops, day);

-- The inspection team: accounts picked from the supervisor's scope, two or more.
create table workshop_inspector (
    inspection_id  uuid         not null references workshop_inspection (id),
    account_id     uuid         not null,
    name           varchar(100) not null,
    primary key (inspection_id, account_id)
);

-- The checklist: the three standing items (DAILY_OPERATION, MONEY_FLOWS, WAGES) and free items (FREE with a label).
create table workshop_check (
    inspection_id  uuid         not null references workshop_inspection (id),
    position       integer      not null,
    item           varchar(20)  not null check (item in ('DAILY_OPERATION', 'MONEY_FLOWS', 'WAGES', 'FREE')),
    label          varchar(100),
    passed         boolean      not null,
    note           text         not null default '',
    primary key (inspection_id, position)
);

create table workshop_finding (
    id             uuid primary key,
    inspection_id  uuid         not null references workshop_inspection (id),
    text           text         not null,
    created_at     timestamptz  not null
);
create index workshop_finding_inspection_idx on workshop_finding (inspection_id);

-- Photos of a finding, stored after matters.PhotoSanitizer stripped their metadata.
create table workshop_photo (
    id             uuid primary key,
    finding_id     uuid         not null references workshop_finding (id),
    content_type   varchar(20)  not null,
    bytes          bytea        not null
);
create index workshop_photo_finding_idx on workshop_photo (finding_id);

-- What a finding requires to be put right, by whom (a unit or post, not a person's data) and by when.
create table workshop_rectification (
    id             uuid primary key,
    finding_id     uuid         not null references workshop_finding (id),
    workshop_id    uuid         not null references workshop (id),
    task           text         not null,
    owner          varchar(100) not null,
    deadline       date         not null,
    done_on        date,
    evidence       text,
    done_by        uuid
);
create index workshop_rectification_workshop_idx on workshop_rectification (workshop_id, deadline);
