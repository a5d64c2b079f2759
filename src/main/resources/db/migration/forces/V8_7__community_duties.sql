-- The community's "two committees" (社区两委): secretary and committee members, each with a named backup (B).
create table community_duty (
    community_code varchar(12)  not null references region (code),
    seat           integer      not null check (seat between 1 and 30),
    title          varchar(60)  not null,
    holder_id      uuid         not null references force_member (id),
    backup_id      uuid         references force_member (id),
    primary key (community_code, seat),
    constraint community_duty_backup_differs check (backup_id is null or backup_id <> holder_id)
);
create index community_duty_holder_idx on community_duty (holder_id);
