-- Append-only, hash-chained log of privileged actions and of every view, reveal, export and change of personal
-- data. Each entry carries the SHA-256 of the previous entry; the triggers refuse updates and deletes, and the
-- chain shows any change made around them (by someone disabling the triggers or editing the files).
create table audit_entry (
    seq          bigserial    primary key,
    recorded_at  timestamptz  not null,
    actor        varchar(64)  not null,
    actor_role   varchar(32)  not null,
    action       varchar(40)  not null,
    subject_type varchar(40)  not null,
    subject_id   varchar(64)  not null,
    scope_code   varchar(14),
    reason       varchar(500),
    detail       varchar(2000),
    prev_hash    char(64)     not null,
    hash         char(64)     not null unique
);
create index audit_entry_actor_idx on audit_entry (actor, recorded_at);
create index audit_entry_subject_idx on audit_entry (subject_type, subject_id);
create index audit_entry_action_idx on audit_entry (action, recorded_at);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op;
end;
$$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
