-- What the source hands down to grid leaders (将网格人事考核权、建议权和网格员工资发放权下放): their appraisal of each
-- grid worker per two-month cycle, personnel proposals the community decides, and the split of the grid's performance
-- pay budget. Cycles are written as Bimonth text (2026-5).

-- The leader's own assessment of one worker in one cycle; the indicators are read live from their modules.
create table worker_appraisal (
    cycle         varchar(7)    not null,
    worker_id     uuid          not null,
    worker_name   varchar(100)  not null,
    grid_code     varchar(14)   not null,
    score         numeric(4, 1) not null check (score >= 0 and score <= 100),
    reasons       text          not null check (length(trim(reasons)) > 0),
    leader_id     uuid          not null,
    leader_name   varchar(100)  not null,
    appraised_at  timestamptz   not null,
    primary key (cycle, worker_id)
);

create index worker_appraisal_grid_idx on worker_appraisal (grid_code, cycle);

-- The grid's performance pay budget for a cycle, set by the community or the street, in fen (分).
create table pay_budget (
    cycle        varchar(7)   not null,
    grid_code    varchar(14)  not null,
    amount_fen   bigint       not null check (amount_fen >= 0),
    set_by_name  varchar(100) not null,
    set_at       timestamptz  not null,
    primary key (cycle, grid_code)
);

-- How the leader split the budget, and the rule they used, shown to each worker with their amount.
create table pay_distribution (
    cycle         varchar(7)   not null,
    grid_code     varchar(14)  not null,
    rule          varchar(16)  not null check (rule in ('BASE_AND_SCORE', 'POINTS', 'AMOUNTS')),
    base_percent  integer      not null default 0 check (base_percent between 0 and 100),
    total_fen     bigint       not null check (total_fen >= 0),
    leader_name   varchar(100) not null,
    decided_at    timestamptz  not null,
    primary key (cycle, grid_code),
    foreign key (cycle, grid_code) references pay_budget (cycle, grid_code)
);

create table pay_share (
    cycle        varchar(7)    not null,
    grid_code    varchar(14)   not null,
    worker_id    uuid          not null,
    worker_name  varchar(100)  not null,
    basis        numeric(8, 1) not null,
    amount_fen   bigint        not null check (amount_fen >= 0),
    primary key (cycle, worker_id),
    foreign key (cycle, grid_code) references pay_distribution (cycle, grid_code)
);

create index pay_share_grid_idx on pay_share (grid_code, cycle);

-- Commend, warn or replace a worker: proposed by the grid leader, decided by the community.
create table personnel_proposal (
    id             uuid primary key,
    cycle          varchar(7)   not null,
    grid_code      varchar(14)  not null,
    worker_id      uuid         not null,
    worker_name    varchar(100) not null,
    kind           varchar(16)  not null check (kind in ('COMMEND', 'WARN', 'REPLACE')),
    reasons        text         not null,
    proposed_by    varchar(100) not null,
    proposed_at    timestamptz  not null,
    decision       varchar(16)  check (decision in ('APPROVED', 'REJECTED')),
    decision_note  text,
    decided_by     varchar(100),
    decided_at     timestamptz
);

create index personnel_proposal_grid_idx on personnel_proposal (grid_code text_pattern_ops, proposed_at);

-- The cycles the evaluation locked: nothing of theirs changes any more.
create table appraisal_locked_cycle (
    cycle      varchar(7)  primary key,
    locked_at  timestamptz not null
);
