-- When each group robot was last posted to (the last minute's posts): WeCom and DingTalk robots take about 20
-- messages a minute, and DingTalk shuts a robot that sends more for ten minutes. Kept in the database so that
-- several app instances share one budget per robot.
alter table notify_webhook add column recent_posts timestamptz[] not null default '{}';

-- Messages over a robot's budget wait here, in order, and go out merged into one summary message every few seconds
-- while the budget allows; a robot's new messages queue behind them.
create table notify_robot_backlog (
    id         bigserial primary key,
    scope_code varchar(14)  not null references notify_webhook (scope_code) on delete cascade,
    title      varchar(200) not null,
    markdown   text         not null,
    queued_at  timestamptz  not null default now()
);
create index notify_robot_backlog_scope_idx on notify_robot_backlog (scope_code, id);
