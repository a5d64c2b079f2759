-- Emergency mode (平战转换): an area switches to the flat "1+2" chain while an emergency is declared.
create table emergency (
    id          uuid primary key,
    title       varchar(200)  not null,
    kind        varchar(20)   not null check (kind in ('FLOOD', 'FIRE', 'EARTHQUAKE', 'GEOLOGICAL', 'EPIDEMIC',
                                                     'WEATHER', 'SAFETY', 'OTHER')),
    level       varchar(3)    not null check (level in ('I', 'II', 'III', 'IV')),
    area_codes  text[]        not null check (cardinality(area_codes) > 0),
    declared_by varchar(64)   not null,
    declared_at timestamptz   not null,
    lifted_by   varchar(64),
    lifted_at   timestamptz,
    summary     varchar(2000)
);

-- A directive to named people: the acting holders of chosen duty roles and the forces of chosen kinds in its area.
create table directive (
    id           uuid primary key,
    emergency_id uuid          not null references emergency (id),
    text         varchar(1000) not null,
    target_codes text[]        not null,
    roles        text[]        not null,
    kinds        text[]        not null,
    ack_minutes  integer       not null check (ack_minutes between 1 and 1440),
    issued_by    varchar(64)   not null,
    issued_at    timestamptz   not null
);
create index directive_emergency_idx on directive (emergency_id, issued_at);

-- One row per person and directive: sent → read → acknowledged, or unreachable. A row with backup_for reached
-- the person as the B of someone who was unavailable or did not acknowledge in time.
create table directive_recipient (
    directive_id    uuid         not null references directive (id),
    member_id       uuid         not null references force_member (id),
    grid_code       varchar(14),
    community_code  varchar(12)  not null,
    state           varchar(12)  not null check (state in ('SENT', 'READ', 'ACKNOWLEDGED', 'UNREACHABLE')),
    sent_at         timestamptz  not null,
    read_at         timestamptz,
    acknowledged_at timestamptz,
    unreachable_at  timestamptz,
    reminded_at     timestamptz,
    backup_for      uuid         references force_member (id),
    note            varchar(200),
    primary key (directive_id, member_id)
);
create index directive_recipient_member_idx on directive_recipient (member_id, state);
create index directive_recipient_due_idx on directive_recipient (sent_at)
    where state in ('SENT', 'READ') and reminded_at is null;

-- What happened, for the live board and the post-event review.
create table emergency_log (
    id           bigserial    primary key,
    emergency_id uuid         not null references emergency (id),
    at           timestamptz  not null,
    actor        varchar(64)  not null,
    what         varchar(30)  not null,
    detail       varchar(500)
);
create index emergency_log_emergency_idx on emergency_log (emergency_id, id);
