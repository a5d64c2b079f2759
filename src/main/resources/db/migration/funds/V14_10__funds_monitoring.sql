-- Dual monitoring (双监控) of budget lines: one result per line, period and check, the alerts they raise, and the
-- accountability records (无效必问责) of lines closed with targets missed.

-- One check of one line for one period (a month, 'YYYY-MM'): the execution check (check_key 'EXECUTION') or the
-- attainment check of one target (check_key = the target's id). Unique, so a rerun or a second node adds nothing.
create table funds_monitoring_check (
    line_id            uuid          not null references budget_line (id),
    period             varchar(7)    not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    check_key          varchar(36)   not null,
    check_type         varchar(10)   not null check (check_type in ('EXECUTION', 'TARGET')),
    target_id          uuid          references performance_target (id),
    -- in percent: elapsed time and execution rate, or 100 and the attainment of the planned value
    expected           numeric(12, 4) not null,
    actual             numeric(12, 4) not null,
    -- actual minus expected in percentage points (negative = behind)
    deviation          numeric(12, 4) not null,
    within_tolerance   boolean       not null,
    tolerance          numeric(6, 2) not null,
    checked_at         timestamptz   not null,
    primary key (line_id, period, check_key),
    constraint funds_monitoring_check_target check ((check_type = 'TARGET') = (target_id is not null))
);
create index funds_monitoring_check_period on funds_monitoring_check (period);

-- An alert to the line's owner, open until a later check of the same line and check is back within tolerance.
create table funds_alert (
    id                 uuid          primary key,
    line_id            uuid          not null references budget_line (id),
    check_key          varchar(36)   not null,
    check_type         varchar(10)   not null check (check_type in ('EXECUTION', 'TARGET')),
    target_id          uuid          references performance_target (id),
    raised_period      varchar(7)    not null,
    deviation          numeric(12, 4) not null,
    owner_account      text          not null,
    raised_at          timestamptz   not null,
    cause              text          check (length(cause) between 1 and 1000),
    correction         text          check (length(correction) between 1 and 1000),
    explained_by       text,
    explained_at       timestamptz,
    cleared_period     varchar(7),
    cleared_at         timestamptz,
    constraint funds_alert_explained check ((cause is null) = (explained_at is null) and (cause is null) = (correction is null)),
    constraint funds_alert_cleared check ((cleared_period is null) = (cleared_at is null))
);
create unique index funds_alert_once on funds_alert (line_id, check_key, raised_period);
create unique index funds_alert_one_open on funds_alert (line_id, check_key) where cleared_period is null;
create index funds_alert_period on funds_alert (raised_period);

-- 无效必问责: who answers for a line closed with targets missed, and how.
create table funds_accountability (
    line_id            uuid          primary key references budget_line (id),
    accountable        text          not null,
    accountable_name   text          not null,
    -- 约谈 / 通报批评 / 调减预算 / 其他
    measure            varchar(12)   not null check (measure in ('INTERVIEW', 'CRITICISM', 'BUDGET_CUT', 'OTHER')),
    measure_text       text          not null check (length(measure_text) between 1 and 1000),
    decided_by         text          not null check (length(decided_by) between 1 and 100),
    decided_on         date          not null,
    missed_targets     text          not null,
    recorded_by        text          not null,
    recorded_at        timestamptz   not null
);
