-- The publish workflow of disclosed items (码上监督): one row per item of another module (kind + id), with who
-- and when for each step; the area code is copied from the item when drafted and scopes the staff lists.
create table disclosure_item (
    id               uuid         primary key,
    kind             varchar(20)  not null,
    subject_id       uuid         not null,
    title            text         not null,
    area_code        varchar(20)  not null,
    state            varchar(10)  not null check (state in ('DRAFT', 'REVIEWED', 'PUBLISHED', 'WITHDRAWN')),
    drafted_by       uuid         not null,
    drafted_by_name  text         not null,
    drafted_at       timestamptz  not null,
    reviewed_by      uuid,
    reviewed_by_name text,
    reviewed_at      timestamptz,
    published_by     uuid,
    published_by_name text,
    published_at     timestamptz,
    withdrawn_by     uuid,
    withdrawn_by_name text,
    withdrawn_at     timestamptz,
    withdraw_reason  text,
    version          integer      not null default 0,
    unique (kind, subject_id),
    -- each step by a different person: enforced here too, whatever the code does
    check (reviewed_by is null or reviewed_by <> drafted_by),
    check (published_by is null or (published_by <> drafted_by and published_by <> reviewed_by))
);
create index disclosure_item_state on disclosure_item (state, kind);
create index disclosure_item_area on disclosure_item (area_code text_pattern_ops);

-- Every step ever taken on an item, also those of earlier rounds (a withdrawn item drafted again).
create table disclosure_step (
    id          bigserial    primary key,
    item_id     uuid         not null references disclosure_item (id),
    action      varchar(10)  not null,
    actor_id    uuid         not null,
    actor_name  text         not null,
    at          timestamptz  not null,
    reason      text
);
create index disclosure_step_item on disclosure_step (item_id, id);
