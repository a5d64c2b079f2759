-- In-app inbox: one row per recipient.
create table inbox_message (
    id         bigserial    primary key,
    username   varchar(64)  not null,
    title      varchar(200) not null,
    link       varchar(200),
    created_at timestamptz  not null default now(),
    read_at    timestamptz
);
create index inbox_message_user_idx on inbox_message (username, created_at desc);

-- Group-robot webhooks (WeCom / DingTalk) per grid or community: the longest matching code wins.
create table notify_webhook (
    scope_code varchar(14)  primary key,
    kind       varchar(10)  not null check (kind in ('WECOM', 'DINGTALK')),
    url        varchar(500) not null
);
