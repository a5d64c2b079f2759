-- The bi-monthly evaluation of grid leaders (双月考评). A cycle is named like 2026-5 (September-October 2026).
-- Default weights are edited by the district admin; a cycle copies them when it is first computed and keeps them,
-- so a computed cycle's score never moves when the defaults change.
create table evaluation_default_weight (
    indicator_key varchar(60)  primary key,
    weight        numeric(6, 2) not null check (weight between 0 and 1000)
);
insert into evaluation_default_weight (indicator_key, weight) values
    ('matters.response', 12), ('matters.resolution', 12), ('matters.satisfaction', 12), ('matters.overdue', 10),
    ('patrols.patrols', 10), ('patrols.visits', 10), ('meetings.attendance', 8), ('meetings.decisions-followed', 8),
    ('emergency.acknowledgement', 6), ('forces.participation', 6), ('supervision.deductions', 6);

-- One cycle of one district (a deployment may hold several districts).
create table evaluation_cycle (
    id            uuid         primary key,
    district_code varchar(6)   not null,
    cycle         varchar(7)   not null,
    computed_at   timestamptz  not null,
    computed_by   varchar(64)  not null,
    appeals_until date         not null,
    locked_at     timestamptz,
    locked_by     varchar(64),
    constraint evaluation_cycle_once unique (district_code, cycle)
);

create table evaluation_weight (
    cycle_id      uuid          not null references evaluation_cycle (id),
    indicator_key varchar(60)   not null,
    weight        numeric(6, 2) not null,
    primary key (cycle_id, indicator_key)
);

-- One rated person per cycle: the measured score (0-100 from the weighted indicators), the adjustments and upheld
-- appeals added to it, the rank and the grade of the forced 1:3:5:1 distribution.
create table evaluation_result (
    cycle_id     uuid          not null references evaluation_cycle (id),
    account_id   uuid          not null,
    username     varchar(64)   not null,
    display_name varchar(100)  not null,
    grid_codes   text[]        not null,
    measured     numeric(7, 2) not null,
    adjusted     numeric(7, 2) not null default 0,
    total        numeric(7, 2) not null,
    rank         integer       not null,
    grade        varchar(8)    not null check (grade in ('GOOD', 'FAIR', 'AVERAGE', 'POOR')),
    primary key (cycle_id, account_id)
);
create index evaluation_result_rank_idx on evaluation_result (cycle_id, rank, username);

create table evaluation_value (
    cycle_id      uuid             not null,
    account_id    uuid             not null,
    indicator_key varchar(60)      not null,
    value         double precision not null,
    normalised    double precision not null,
    weight        numeric(6, 2)    not null,
    contribution  double precision not null,
    primary key (cycle_id, account_id, indicator_key),
    foreign key (cycle_id, account_id) references evaluation_result (cycle_id, account_id)
);

-- Supervisors' adjustments (street, community) and upheld appeals: points added to the measured score, with reasons.
create table evaluation_adjustment (
    id         uuid          primary key,
    cycle_id   uuid          not null,
    account_id uuid          not null,
    points     numeric(5, 1) not null check (points between -20 and 20),
    reason     varchar(1000) not null check (length(trim(reason)) > 0),
    made_by    varchar(64)   not null,
    made_at    timestamptz   not null,
    appeal_id  uuid,
    foreign key (cycle_id, account_id) references evaluation_result (cycle_id, account_id)
);
create index evaluation_adjustment_person_idx on evaluation_adjustment (cycle_id, account_id);

create table evaluation_appeal (
    id         uuid          primary key,
    cycle_id   uuid          not null,
    account_id uuid          not null,
    reason     varchar(2000) not null check (length(trim(reason)) > 0),
    filed_at   timestamptz   not null,
    state      varchar(8)    not null default 'OPEN' check (state in ('OPEN', 'UPHELD', 'REJECTED')),
    decided_by varchar(64),
    decided_at timestamptz,
    decision   varchar(2000),
    points     numeric(5, 1),
    foreign key (cycle_id, account_id) references evaluation_result (cycle_id, account_id)
);
create index evaluation_appeal_open_idx on evaluation_appeal (cycle_id, state);

-- Commendations and promotions, each linked to a locked cycle's result.
create table evaluation_award (
    id            uuid          primary key,
    cycle_id      uuid          not null,
    account_id    uuid          not null,
    kind          varchar(12)   not null check (kind in ('COMMENDATION', 'PROMOTION')),
    title         varchar(200)  not null check (length(trim(title)) > 0),
    registered_by varchar(64)   not null,
    registered_at timestamptz   not null,
    foreign key (cycle_id, account_id) references evaluation_result (cycle_id, account_id)
);
