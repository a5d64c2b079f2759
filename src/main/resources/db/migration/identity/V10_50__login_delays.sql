-- Failed sign-ins, counted three ways so that delays hold across app instances: per name from one client address
-- (address set), per client address for all names (username ''), and per name from everywhere (address ''). Names
-- that are no account are counted alike, so a delay never tells which names exist. This replaces the hard lock kept
-- on the account row, which anyone could keep closed on any account by sending six wrong passwords now and then.
create table login_failure (
    username       varchar(64)  not null,
    address        varchar(64)  not null,
    failures       integer      not null,
    last_failed_at timestamptz  not null,
    delayed_until  timestamptz,
    constraint login_failure_pk primary key (username, address)
);
create index login_failure_delayed_idx on login_failure (delayed_until) where delayed_until is not null;
create index login_failure_last_idx on login_failure (last_failed_at);

alter table account drop column failed_logins, drop column locked_until;
