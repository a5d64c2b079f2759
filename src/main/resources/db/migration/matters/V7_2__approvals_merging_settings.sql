-- Voiding, deferring and extending need a second person's approval: the request waits here until decided.
create table matter_request (
    id              uuid primary key,
    matter_id       uuid          not null references matter (id),
    kind            varchar(10)   not null check (kind in ('VOID', 'DEFER', 'EXTEND')),
    reason          varchar(1000) not null,
    extension_hours integer       check (extension_hours between 1 and 2160),
    requested_by    varchar(64)   not null,
    requested_at    timestamptz   not null,
    decided_by      varchar(64),
    decided_at      timestamptz,
    approved        boolean,
    decision_note   varchar(1000),
    constraint matter_request_four_eyes check (decided_by is null or decided_by <> requested_by),
    constraint matter_request_extension check ((kind = 'EXTEND') = (extension_hours is not null))
);
create unique index matter_request_one_pending on matter_request (matter_id) where decided_at is null;

-- A duplicate merged into the matter that carries on; its reporter follows that matter's progress.
alter table matter add column merged_into uuid references matter (id);
create index matter_merged_idx on matter (merged_into) where merged_into is not null;

-- Red matters are coordinated by the liaison leader, who may hand them to a district department.
alter table matter add column department_code varchar(20) references department (code);
create index matter_department_idx on matter (department_code) where department_code is not null;

-- The triage table (urgency × difficulty → colour), editable by district admins.
create table matter_triage (
    urgency    varchar(10) not null check (urgency in ('EMERGENCY', 'URGENT', 'NORMAL')),
    difficulty varchar(10) not null check (difficulty in ('GRID', 'COMMUNITY', 'DISTRICT')),
    colour     varchar(6)  not null check (colour in ('RED', 'YELLOW', 'GREEN')),
    primary key (urgency, difficulty)
);
insert into matter_triage values
    ('EMERGENCY', 'GRID', 'RED'), ('EMERGENCY', 'COMMUNITY', 'RED'), ('EMERGENCY', 'DISTRICT', 'RED'),
    ('URGENT', 'GRID', 'YELLOW'), ('URGENT', 'COMMUNITY', 'YELLOW'), ('URGENT', 'DISTRICT', 'RED'),
    ('NORMAL', 'GRID', 'GREEN'), ('NORMAL', 'COMMUNITY', 'YELLOW'), ('NORMAL', 'DISTRICT', 'RED');

-- Time limits per colour and category or demand type ('*' = any); the most specific row wins.
create table matter_time_limit (
    colour        varchar(6)  not null check (colour in ('RED', 'YELLOW', 'GREEN')),
    category_code varchar(20) not null default '*',
    accept_hours  integer     not null check (accept_hours between 1 and 720),
    resolve_hours integer     not null check (resolve_hours between 1 and 8760),
    primary key (colour, category_code)
);
insert into matter_time_limit values ('GREEN', '*', 2, 168), ('YELLOW', '*', 2, 168), ('RED', '*', 2, 360);

-- Urgency caps the resolution limit: emergencies 2 hours, urgent matters 24 hours.
create table matter_urgency_limit (
    urgency       varchar(10) primary key check (urgency in ('EMERGENCY', 'URGENT', 'NORMAL')),
    resolve_hours integer     check (resolve_hours between 1 and 8760)
);
insert into matter_urgency_limit values ('EMERGENCY', 2), ('URGENT', 24), ('NORMAL', null);

-- Categories are retired, never deleted: matters keep pointing at them.
alter table matter_category add column active boolean not null default true;
