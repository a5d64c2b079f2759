-- The administrative tree above the grids: district (6 digits), street (9), community (12).
create table region (
    code          varchar(12)  primary key,
    name          varchar(100) not null,
    official_name varchar(100) not null,
    level         varchar(12)  not null check (level in ('DISTRICT', 'STREET', 'COMMUNITY')),
    parent_code   varchar(12)  references region (code),
    district_code char(6)      not null,
    constraint region_code_digits check (code ~ '^[0-9]{6}([0-9]{3}){0,2}$'),
    constraint region_parent_prefix check (parent_code is null or code like parent_code || '%')
);
create index region_parent_idx on region (parent_code);
create index region_code_prefix_idx on region (code text_pattern_ops);

-- Grids: a community's 12-digit code plus a 2-digit sequence. Boundaries are GeoJSON geometries in WGS 84.
create table grid (
    code           varchar(14)     primary key,
    name           varchar(100) not null,
    community_code varchar(12)  not null references region (code),
    district_code  char(6)      not null,
    boundary       jsonb        not null,
    min_lng        double precision not null,
    min_lat        double precision not null,
    max_lng        double precision not null,
    max_lat        double precision not null,
    synthetic      boolean      not null default false,
    updated_at     timestamptz  not null default now(),
    constraint grid_code_digits check (code ~ '^[0-9]{14}$'),
    constraint grid_in_community check (code like community_code || '%')
);
create index grid_community_idx on grid (community_code);
create index grid_code_prefix_idx on grid (code text_pattern_ops);

-- Bumped whenever boundaries change, so every app instance can tell that its in-memory index is stale.
create table grid_boundary_revision (
    id       smallint primary key check (id = 1),
    revision bigint   not null
);
insert into grid_boundary_revision values (1, 0);

-- Functional party organisations (网格党组织): one grid alone, or several neighbouring grids jointly.
create table party_organisation (
    id             uuid primary key,
    name           varchar(120) not null,
    formation      varchar(8)   not null check (formation in ('SINGLE', 'JOINT')),
    community_code varchar(12)  not null references region (code)
);
create table party_organisation_grid (
    organisation_id uuid     not null references party_organisation (id) on delete cascade,
    grid_code       varchar(14) not null references grid (code) on delete cascade,
    primary key (organisation_id, grid_code),
    constraint party_organisation_grid_once unique (grid_code)
);

-- The people on duty in a grid. The grid leader is also the grid's party secretary (一肩挑).
create table grid_member (
    id              uuid primary key,
    grid_code       varchar(14)     not null references grid (code) on delete cascade,
    duty            varchar(20)  not null check (duty in ('GRID_LEADER', 'GRID_WORKER', 'BUILDING_LEADER', 'COMMITTEE_MEMBER')),
    name            varchar(50)  not null,
    title           varchar(100),
    party_secretary boolean      not null default false,
    sort_order      integer      not null default 0
);
create index grid_member_grid_idx on grid_member (grid_code);

-- Grid studios (in community service centres) and grid workstations.
create table grid_station (
    id             uuid primary key,
    kind           varchar(12)  not null check (kind in ('STUDIO', 'WORKSTATION')),
    name           varchar(120) not null,
    community_code varchar(12)  not null references region (code),
    grid_code      varchar(14)     references grid (code) on delete cascade,
    address        varchar(200) not null
);
create index grid_station_community_idx on grid_station (community_code);
