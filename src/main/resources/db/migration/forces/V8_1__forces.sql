-- Everyone who serves in the grids: district liaison leaders (linked to a community), department cadres and the
-- civil servants who register into grids (网格报到), stepped-down cadres serving as grid leaders, grid workers,
-- building leaders, community staff, party members without posts, new-employment groups, volunteers and talents.
-- Phones are personal data: encrypted, with a blind index for de-duplication and search.
create table force_member (
    id               uuid primary key,
    kind             varchar(20)  not null check (kind in ('LIAISON_LEADER', 'DEPARTMENT_CADRE', 'REGISTERED_CADRE',
                         'STEPPED_DOWN_CADRE', 'GRID_WORKER', 'BUILDING_LEADER', 'COMMUNITY_STAFF', 'POLICE',
                         'PARTY_MEMBER', 'NEW_EMPLOYMENT', 'VOLUNTEER', 'TALENT')),
    name             varchar(50)  not null,
    phone_cipher     varchar(200),
    phone_index      char(64),
    grid_code        varchar(14)  references grid (code),
    community_code   varchar(12)  not null references region (code),
    department_code  varchar(20)  references department (code),
    organisation     varchar(100),
    skills           text[]       not null default '{}',
    account_username varchar(64),
    available        boolean      not null default true,
    unavailable_note varchar(200),
    registered_at    timestamptz  not null default now()
);
create index force_member_grid_idx on force_member (grid_code, kind);
create index force_member_community_idx on force_member (community_code, kind);
create index force_member_account_idx on force_member (account_username) where account_username is not null;
create unique index force_member_phone_idx on force_member (phone_index, kind) where phone_index is not null;

-- The duty chart: the 9 governance roles of each grid, each held by A with a named backup B (AB角).
create table grid_duty (
    grid_code varchar(14) not null references grid (code),
    role      varchar(30) not null check (role in ('GRID_LEADER', 'GRID_WORKER', 'GRID_INSTRUCTOR', 'COMMUNITY_POLICE',
                  'RESIDENTS_GROUP_LEADER', 'BUILDING_LEADER', 'PROPERTY_MANAGER', 'MEDIATOR', 'VOLUNTEER_CAPTAIN')),
    holder_id uuid        not null references force_member (id),
    backup_id uuid        references force_member (id),
    primary key (grid_code, role),
    constraint grid_duty_backup_differs check (backup_id is null or backup_id <> holder_id)
);
create index grid_duty_holder_idx on grid_duty (holder_id);

-- Every switch from A to B when A became unavailable, and the switch back.
create table duty_switch (
    id            bigserial    primary key,
    grid_code     varchar(14)  not null,
    role          varchar(30)  not null,
    holder_id     uuid         not null references force_member (id),
    backup_id     uuid         not null references force_member (id),
    reason        varchar(200) not null,
    switched_at   timestamptz  not null,
    switched_by   varchar(64)  not null,
    switched_back_at timestamptz
);
create index duty_switch_grid_idx on duty_switch (grid_code, switched_at desc);
