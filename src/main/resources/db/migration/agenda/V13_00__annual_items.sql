-- The annual ten big things (年度10件大事) of each community, optionally of one of its grids: residents' proposals,
-- the party committee's shortlist and adoption, milestones with weights, and what serves each item.
create table annual_item (
    id                     uuid primary key,
    community_code         varchar(12)  not null references region (code),
    grid_code              varchar(14),
    year                   integer      not null check (year between 2000 and 2100),
    title                  varchar(60)  not null,
    description            varchar(1000) not null default '',
    status                 varchar(16)  not null,
    owner_member_id        uuid,
    owner_name             varchar(64),
    owner_username         varchar(64),
    progress               integer      not null default 0 check (progress between 0 and 100),
    proposer_name          varchar(20),
    -- A keyed hash of a public proposer's address (never the address): the hourly limit counts by it.
    proposer_address_index varchar(128),
    created_at             timestamptz  not null,
    adopted_at             timestamptz,
    constraint annual_item_grid_in_community check (grid_code is null or grid_code like community_code || '%')
);
create index annual_item_community_idx on annual_item (community_code text_pattern_ops, year);
create index annual_item_grid_idx on annual_item (grid_code text_pattern_ops) where grid_code is not null;
create index annual_item_proposer_idx on annual_item (proposer_address_index, created_at)
    where proposer_address_index is not null;

create table annual_milestone (
    id         uuid primary key,
    item_id    uuid         not null references annual_item (id) on delete cascade,
    position   integer      not null,
    title      varchar(100) not null,
    planned_on date         not null,
    done_on    date,
    weight     integer      not null check (weight between 1 and 100)
);
create index annual_milestone_item_idx on annual_milestone (item_id, position);

-- Matters, project lists and meeting decisions that serve an item; the reference is the owner module's id.
create table annual_link (
    item_id   uuid         not null references annual_item (id) on delete cascade,
    kind      varchar(16)  not null,
    reference varchar(64)  not null,
    title     varchar(200) not null,
    url       varchar(300) not null,
    linked_at timestamptz  not null,
    primary key (item_id, kind, reference)
);

-- A year whose list is closed: archived, read-only, shown on the board among the earlier years.
create table annual_year_closed (
    community_code varchar(12) not null references region (code),
    year           integer     not null,
    closed_at      timestamptz not null,
    closed_by      varchar(64) not null,
    primary key (community_code, year)
);
