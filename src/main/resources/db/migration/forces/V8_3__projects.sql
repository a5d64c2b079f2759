-- Project lists (项目清单): a grid leader posts small tasks; matching forces sign up until the places are taken.
create table project (
    id         uuid primary key,
    grid_code  varchar(14)  not null references grid (code),
    title      varchar(200) not null,
    place      varchar(200) not null,
    starts_at  timestamptz  not null,
    ends_at    timestamptz  not null,
    needed     integer      not null check (needed between 1 and 500),
    taken      integer      not null default 0,
    skills     text[]       not null default '{}',
    posted_by  varchar(64)  not null,
    posted_at  timestamptz  not null,
    constraint project_not_overbooked check (taken between 0 and needed),
    constraint project_ends_after_start check (ends_at > starts_at)
);
create index project_grid_idx on project (grid_code, starts_at desc);

create table project_signup (
    project_id uuid         not null references project (id),
    member_id  uuid         not null references force_member (id),
    signed_at  timestamptz  not null,
    attended   boolean,
    hours      numeric(5, 1) check (hours between 0 and 24),
    primary key (project_id, member_id)
);
create index project_signup_member_idx on project_signup (member_id);
