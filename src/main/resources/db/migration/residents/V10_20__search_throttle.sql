-- Exact searches of the register by ID number or phone, per account, for the sliding-window limit on searches and
-- misses (SearchThrottle). Holds no number: only who searched, when, and whether anything was found.
create table resident_search (
    username    varchar(64) not null,
    searched_at timestamptz not null default now(),
    found       boolean     not null
);

create index resident_search_by_account on resident_search (username, searched_at);
