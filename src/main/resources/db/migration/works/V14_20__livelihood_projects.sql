-- Livelihood projects (民生项目): where they are, who owns and builds them, their weighted sub-works, milestones,
-- progress history and photos. Not the grids' project lists of forces (table project).
create table livelihood_project (
    id uuid primary key,
    name text not null check (length(name) between 1 and 200),
    area_code text not null,
    year int not null check (year between 2000 and 2100),
    status text not null check (status in ('PLANNED', 'UNDER_CONSTRUCTION', 'SUSPENDED', 'COMPLETED')),
    scope_text text not null default '' check (length(scope_text) <= 4000),
    owner_unit text not null,
    contractor text not null default '' check (length(contractor) <= 200),
    geometry jsonb,
    geometry_kind text check (geometry_kind in ('POINT', 'LINE', 'AREA')),
    length_m numeric(12, 1),
    point_lat double precision,
    point_lng double precision,
    promise_year int check (promise_year between 2000 and 2100),
    promise_text text check (length(promise_text) <= 500),
    themes text[] not null default '{}',
    progress int not null default 0 check (progress between 0 and 100),
    created_by text not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);

create index livelihood_project_area on livelihood_project (area_code text_pattern_ops);
create index livelihood_project_year on livelihood_project (year, status);

create table livelihood_subwork (
    id uuid primary key,
    project_id uuid not null references livelihood_project (id) on delete cascade,
    name text not null check (length(name) between 1 and 200),
    weight int not null check (weight between 1 and 1000),
    percent int not null default 0 check (percent between 0 and 100),
    position int not null
);

create index livelihood_subwork_project on livelihood_subwork (project_id, position);

create table livelihood_milestone (
    id uuid primary key,
    project_id uuid not null references livelihood_project (id) on delete cascade,
    name text not null check (length(name) between 1 and 200),
    planned_on date,
    actual_on date,
    position int not null
);

create index livelihood_milestone_project on livelihood_milestone (project_id, position);

-- Every change of the rolled-up progress, so the project's course can be shown and replayed.
create table livelihood_progress (
    project_id uuid not null references livelihood_project (id) on delete cascade,
    recorded_at timestamptz not null,
    percent int not null check (percent between 0 and 100),
    recorded_by text not null
);

create index livelihood_progress_project on livelihood_progress (project_id, recorded_at);

-- Photos as stored after their metadata (EXIF GPS, camera, time) was stripped.
create table livelihood_photo (
    id uuid primary key,
    project_id uuid not null references livelihood_project (id) on delete cascade,
    content_type text not null check (content_type in ('image/jpeg', 'image/png')),
    bytes bytea not null,
    caption text not null default '' check (length(caption) <= 200),
    uploaded_at timestamptz not null
);

create index livelihood_photo_project on livelihood_photo (project_id, uploaded_at);
