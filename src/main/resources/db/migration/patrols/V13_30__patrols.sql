-- Patrols and door-to-door visits (痕迹管理). Each record carries the key its phone gave it (Idempotency-Key), unique
-- per worker: a record sent again after the network came back is the same record, never a second one.
create table patrol (
    id          uuid primary key,
    client_key  text not null,
    worker_id   uuid not null,
    worker_name text not null,
    grid_code   text not null,
    started_at  timestamptz not null,
    ended_at    timestamptz,
    thinned_at  timestamptz,
    unique (worker_id, client_key)
);
create index patrol_grid_started on patrol (grid_code text_pattern_ops, started_at);
create index patrol_worker_started on patrol (worker_id, started_at);
create index patrol_unthinned on patrol (ended_at) where thinned_at is null;

-- Points arrive in small batches, and a batch may arrive twice: a point is its patrol and its instant.
create table patrol_point (
    patrol_id uuid not null references patrol (id) on delete cascade,
    at        timestamptz not null,
    lat       double precision not null,
    lng       double precision not null,
    primary key (patrol_id, at)
);

create table patrol_visit (
    id             uuid primary key,
    client_key     text not null,
    patrol_id      uuid references patrol (id) on delete set null,
    worker_id      uuid not null,
    worker_name    text not null,
    grid_code      text not null,
    visited_at     timestamptz not null,
    resident_id    uuid,
    household      text not null,
    finding        text not null,
    lat            double precision,
    lng            double precision,
    matter_id      text,
    matter_code    text,
    unique (worker_id, client_key)
);
create index patrol_visit_grid_at on patrol_visit (grid_code text_pattern_ops, visited_at);
create index patrol_visit_worker_at on patrol_visit (worker_id, visited_at);
create index patrol_visit_patrol on patrol_visit (patrol_id);
