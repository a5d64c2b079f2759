-- The grid work list (网格工作事项清单): categories, items and every filing that admitted, banned or retired an item.
create table work_category (
    code     varchar(10)  primary key,
    name     varchar(60)  not null,
    name_en  varchar(120) not null,
    position int          not null
);

-- An item's state is what its latest filing made it; a filing takes the row FOR UPDATE, an assignment FOR SHARE,
-- so a ban never races a task through.
create table work_item (
    code          varchar(10)  primary key,
    category_code varchar(10)  not null references work_category (code),
    name          varchar(100) not null,
    name_en       varchar(200) not null,
    convenience   boolean      not null default false,
    state         varchar(10)  not null check (state in ('ADMITTED', 'BANNED', 'EXITED')),
    reason        varchar(500),
    exits_on      date
);

create table work_item_filing (
    id              bigserial    primary key,
    item_code       varchar(10)  not null references work_item (code),
    kind            varchar(10)  not null check (kind in ('ADMIT', 'BAN', 'EXIT')),
    department_code varchar(20)  not null,
    basis           varchar(500) not null,
    filed_on        date         not null,
    approver        varchar(60)  not null,
    reason          varchar(500),
    exits_on        date,
    filed_by        varchar(64)  not null,
    filed_at        timestamptz  not null
);
create index work_item_filing_item on work_item_filing (item_code, id);

-- A purchase of services (购买服务) that funds a task outside the list: amounts in fen, never floating point.
create table service_purchase (
    id              uuid         primary key,
    department_code varchar(20)  not null,
    provider        varchar(100) not null,
    amount_fen      bigint       not null check (amount_fen > 0),
    funding_source  varchar(100) not null,
    recorded_by     varchar(64)  not null,
    recorded_at     timestamptz  not null
);

-- One task pushed to one grid: admitted (an item of the list), funded (outside the list, with a purchase) or refused
-- (a banned or retired item: kept for the burden report, never shown to the grid).
create table grid_task (
    id              uuid         primary key,
    batch_id        uuid         not null,
    grid_code       varchar(20)  not null,
    department_code varchar(20)  not null,
    item_code       varchar(10)  references work_item (code),
    purchase_id     uuid         references service_purchase (id),
    title           varchar(200) not null,
    deadline        date         not null,
    outcome         varchar(10)  not null check (outcome in ('ADMITTED', 'FUNDED', 'REFUSED')),
    refusal         varchar(500),
    assigned_by     varchar(64)  not null,
    assigned_at     timestamptz  not null,
    check ((outcome = 'FUNDED') = (purchase_id is not null)),
    check (outcome = 'FUNDED' or item_code is not null)
);
create index grid_task_grid on grid_task (grid_code text_pattern_ops, assigned_at desc);
create index grid_task_department on grid_task (department_code, assigned_at);
