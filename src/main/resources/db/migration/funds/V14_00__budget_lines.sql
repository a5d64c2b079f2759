-- Budget lines of livelihood money (funds module). Money is in fen (bigint): no floating point anywhere.

create table budget_line (
    id                 uuid         primary key,
    fiscal_year        int          not null check (fiscal_year between 2000 and 2100),
    name               text         not null check (length(name) between 1 and 200),
    -- 中央 / 省级 / 市级 / 区级 / 一般债券 / 专项债券 / 自筹
    source             varchar(16)  not null check (source in ('CENTRAL', 'PROVINCIAL', 'CITY', 'DISTRICT', 'GENERAL_BOND', 'SPECIAL_BOND', 'SELF_RAISED')),
    -- the functional classification of the government revenue-and-expenditure classification: 类 (3 digits),
    -- 款 (5) or 项 (7), e.g. 213 农林水支出, 21303 水利, 2130301 行政运行
    classification     varchar(7)   not null check (classification ~ '^[0-9]{3}([0-9]{2}){0,2}$'),
    owner_unit         text         not null,
    -- who answers for the line: alerts of the dual monitoring go to this account
    owner_account      text         not null,
    -- the area the line serves (district, street, community or grid code): what scopes it
    area_code          varchar(14)  not null,
    -- a standard line generated for a grid each year, else null
    standard           varchar(24)  check (standard in ('GRID_PARTY_BUILDING', 'GRID_WORKER_PAY')),
    amount_fen         bigint       not null check (amount_fen >= 0),
    -- allocated to projects and grids, and paid: neither ever exceeds the amount
    allocated_fen      bigint       not null default 0 check (allocated_fen >= 0),
    spent_fen          bigint       not null default 0 check (spent_fen >= 0),
    status             varchar(8)   not null default 'DRAFT' check (status in ('DRAFT', 'ACTIVE', 'CLOSED')),
    created_by         text         not null,
    created_at         timestamptz  not null,
    activated_at       timestamptz,
    closed_at          timestamptz,
    version            int          not null default 0,
    constraint budget_line_not_overspent check (spent_fen <= amount_fen),
    constraint budget_line_not_overallocated check (allocated_fen <= amount_fen)
);
create index budget_line_area on budget_line (area_code text_pattern_ops, fiscal_year);
create unique index budget_line_one_standard on budget_line (fiscal_year, area_code, standard) where standard is not null;

-- Every change of a line's amount, with its reason and the amount after it.
create table budget_adjustment (
    id                 uuid         primary key,
    line_id            uuid         not null references budget_line (id),
    delta_fen          bigint       not null check (delta_fen <> 0),
    amount_after_fen   bigint       not null check (amount_after_fen >= 0),
    reason             text         not null check (length(reason) between 1 and 500),
    adjusted_by        text         not null,
    adjusted_at        timestamptz  not null
);
create index budget_adjustment_line on budget_adjustment (line_id, adjusted_at);

-- Money of a line given to a livelihood project (works module's id) or to a grid.
create table budget_allocation (
    id                 uuid         primary key,
    line_id            uuid         not null references budget_line (id),
    target_kind        varchar(8)   not null check (target_kind in ('PROJECT', 'GRID')),
    target_ref         text         not null,
    amount_fen         bigint       not null check (amount_fen > 0),
    allocated_by       text         not null,
    allocated_at       timestamptz  not null
);
create index budget_allocation_line on budget_allocation (line_id);
create index budget_allocation_target on budget_allocation (target_kind, target_ref);

-- Payments against a line: what its execution rate counts.
create table budget_payment (
    id                 uuid         primary key,
    line_id            uuid         not null references budget_line (id),
    -- the allocation the payment spends, when it pays for a project or a grid's share; else null
    allocation_id      uuid         references budget_allocation (id),
    paid_on            date         not null,
    amount_fen         bigint       not null check (amount_fen > 0),
    -- an organisation's name in clear; a person's name only encrypted (privacy module), never on a public page
    payee_kind         varchar(12)  not null check (payee_kind in ('ORGANISATION', 'PERSON')),
    payee              text         not null,
    voucher_no         text         not null check (length(voucher_no) between 1 and 60),
    attachment_name    text,
    attachment_type    text,
    attachment         bytea,
    recorded_by        text         not null,
    recorded_at        timestamptz  not null,
    idempotency_key    text,
    constraint budget_payment_voucher unique (line_id, voucher_no)
);
create index budget_payment_line on budget_payment (line_id, paid_on);
create unique index budget_payment_key on budget_payment (recorded_by, idempotency_key) where idempotency_key is not null;

-- Performance targets (绩效目标): a line cannot be activated without one.
create table performance_target (
    id                 uuid         primary key,
    line_id            uuid         not null references budget_line (id),
    -- 产出指标 (数量/质量/时效/成本), 效益指标 (经济/社会/生态/可持续), 满意度指标
    category           varchar(12)  not null check (category in ('OUTPUT', 'EFFECT', 'SATISFACTION')),
    dimension          varchar(16)  not null check (dimension in ('QUANTITY', 'QUALITY', 'TIMELINESS', 'COST', 'ECONOMIC', 'SOCIAL', 'ECOLOGICAL', 'SUSTAINABILITY', 'SATISFACTION')),
    name               text         not null check (length(name) between 1 and 200),
    unit               text         not null,
    -- whether more is better (a count, a rate) or less (a cost, days taken)
    higher_is_better   boolean      not null default true,
    baseline           numeric(18, 4),
    target             numeric(18, 4) not null,
    created_at         timestamptz  not null,
    constraint performance_target_dimension check (
        (category = 'OUTPUT' and dimension in ('QUANTITY', 'QUALITY', 'TIMELINESS', 'COST'))
        or (category = 'EFFECT' and dimension in ('ECONOMIC', 'SOCIAL', 'ECOLOGICAL', 'SUSTAINABILITY'))
        or (category = 'SATISFACTION' and dimension = 'SATISFACTION'))
);
create index performance_target_line on performance_target (line_id);

-- The planned and actual value of a target per period (a month, 'YYYY-MM').
create table target_value (
    target_id          uuid         not null references performance_target (id),
    period             varchar(7)   not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    planned            numeric(18, 4),
    actual             numeric(18, 4),
    recorded_by        text         not null,
    recorded_at        timestamptz  not null,
    primary key (target_id, period)
);

-- The documents that govern a line (e.g. a city's management rules for a special fund), each title versioned.
create table budget_document (
    id                 uuid         primary key,
    line_id            uuid         not null references budget_line (id),
    title              text         not null check (length(title) between 1 and 200),
    version            int          not null check (version >= 1),
    file_name          text         not null,
    content_type       text         not null,
    content            bytea        not null,
    sha256             varchar(64)  not null,
    uploaded_by        text         not null,
    uploaded_at        timestamptz  not null,
    constraint budget_document_version unique (line_id, title, version)
);
