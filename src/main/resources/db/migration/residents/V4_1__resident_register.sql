-- The resident register (实有人口). ID numbers, phones and restricted tags are stored only encrypted (with the key
-- id inside the value) and as keyed blind indexes for exact search; no plaintext of them is ever written here.
create table building (
    id        uuid primary key,
    grid_code varchar(14) not null references grid (code),
    name      varchar(60) not null,
    constraint building_name_in_grid unique (grid_code, name)
);

create table household (
    id        uuid primary key,
    grid_code varchar(14) not null references grid (code),
    building_id uuid      not null references building (id),
    unit      varchar(10) not null,
    room      varchar(10) not null,
    constraint household_address unique (building_id, unit, room)
);

create table resident (
    id                uuid primary key,
    grid_code         varchar(14)  not null references grid (code),
    district_code     char(6)      not null,
    household_id      uuid         references household (id),
    name              varchar(50)  not null,
    id_number_cipher  varchar(200) not null,
    id_number_index   char(64)     not null,
    phone_cipher      varchar(200),
    phone_index       char(64),
    birth_date        date         not null,
    sex               varchar(6)   not null check (sex in ('MALE', 'FEMALE')),
    residence_type    varchar(12)  not null check (residence_type in ('REGISTERED', 'FLOATING', 'OVERSEAS')),
    moved_in          date,
    moved_out         date,
    restricted_cipher varchar(400),
    created_at        timestamptz  not null default now(),
    constraint resident_id_number_once unique (id_number_index)
);
create index resident_grid_idx on resident (grid_code text_pattern_ops);
create index resident_phone_idx on resident (phone_index);
create index resident_household_idx on resident (household_id);

-- Key-group tags that are not restricted (elderly living alone, disabled, …).
create table resident_tag (
    resident_id uuid        not null references resident (id) on delete cascade,
    tag         varchar(30) not null,
    primary key (resident_id, tag)
);
create index resident_tag_idx on resident_tag (tag);
