-- The back-street register (背街小巷): each street's target and achieved grade, the works done on it, and the targets
-- of a programme at any level (a street, the district, or a higher level such as a city-wide programme).
create table back_street (
    id uuid primary key,
    name text not null check (length(name) between 1 and 200),
    area_code text not null,
    year int not null check (year between 2000 and 2100),
    length_m numeric(10, 1) not null check (length_m > 0),
    target_grade text not null check (target_grade in ('BOUTIQUE', 'FINE', 'STANDARD')),
    achieved_grade text check (achieved_grade in ('BOUTIQUE', 'FINE', 'STANDARD')),
    demolition_held boolean not null default false,
    geometry jsonb,
    point_lat double precision,
    point_lng double precision,
    created_at timestamptz not null,
    updated_at timestamptz not null
);

create index back_street_area on back_street (area_code text_pattern_ops);

create table back_street_work (
    street_id uuid not null references back_street (id) on delete cascade,
    work text not null check (work in ('LINES_UNDERGROUND', 'ILLEGAL_STRUCTURES_REMOVED', 'ROAD_RESURFACED',
        'FACADES_RENEWED', 'LIGHTING', 'GREENING', 'PARKING_ORDERED', 'DRAINAGE')),
    done_on date not null,
    primary key (street_id, work)
);

-- A programme's target: area_code null means a level above the district tree (Beijing's city-wide figures).
create table back_street_target (
    id uuid primary key,
    label text not null check (length(label) between 1 and 200),
    area_code text,
    year_from int not null,
    year_to int not null check (year_to >= year_from),
    boutique int not null check (boutique >= 0),
    fine int not null check (fine >= 0),
    standard int not null check (standard >= 0),
    total int not null check (total >= boutique + fine + standard),
    created_at timestamptz not null
);
