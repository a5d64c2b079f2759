-- Accounts of the people who sign in. The scope is stored as the codes of the subtrees the account may see.
create table account (
    id                   uuid primary key,
    username             varchar(64)  not null,
    password_hash        varchar(200) not null,
    display_name         varchar(100) not null,
    role                 varchar(32)  not null,
    scope_codes          text[]       not null default '{}',
    unrestricted         boolean      not null default false,
    must_change_password boolean      not null default false,
    enabled              boolean      not null default true,
    failed_logins        integer      not null default 0,
    locked_until         timestamptz,
    created_at           timestamptz  not null default now(),
    password_changed_at  timestamptz,
    constraint account_username_unique unique (username),
    constraint account_role_known check (role in ('DISTRICT_ADMIN', 'LIAISON_LEADER', 'DEPARTMENT_STAFF',
        'STREET_STAFF', 'COMMUNITY_SECRETARY', 'GRID_LEADER', 'GRID_WORKER', 'BUILDING_LEADER', 'RESIDENT'))
);
