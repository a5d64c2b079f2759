-- Categories after CJ/T 214 (components 部件, events 事件) and the demand types of a hotline (诉求).
create table matter_category (
    code        varchar(20) primary key,
    name        varchar(60) not null,
    name_en     varchar(80) not null,
    parent_code varchar(20) references matter_category (code),
    kind        varchar(10) not null check (kind in ('COMPONENT', 'EVENT', 'DEMAND')),
    sort_order  integer     not null default 0
);
insert into matter_category (code, name, name_en, parent_code, kind, sort_order) values
    ('01', '公用设施', 'Public facilities', null, 'COMPONENT', 1),
    ('0101', '路灯', 'Street light', '01', 'COMPONENT', 1),
    ('0102', '井盖', 'Manhole cover', '01', 'COMPONENT', 2),
    ('0103', '消防设施', 'Fire-fighting equipment', '01', 'COMPONENT', 3),
    ('0104', '电梯', 'Lift', '01', 'COMPONENT', 4),
    ('02', '道路交通', 'Roads and traffic', null, 'COMPONENT', 2),
    ('0201', '道路破损', 'Damaged road', '02', 'COMPONENT', 1),
    ('0202', '交通设施', 'Traffic facilities', '02', 'COMPONENT', 2),
    ('03', '园林绿化', 'Greenery', null, 'COMPONENT', 3),
    ('0301', '树木倒伏', 'Fallen tree', '03', 'COMPONENT', 1),
    ('10', '市容环境', 'Cityscape and sanitation', null, 'EVENT', 10),
    ('1001', '暴露垃圾', 'Exposed rubbish', '10', 'EVENT', 1),
    ('1002', '违规张贴', 'Illegal posting', '10', 'EVENT', 2),
    ('1003', '噪声扰民', 'Noise', '10', 'EVENT', 3),
    ('11', '街面秩序', 'Street order', null, 'EVENT', 11),
    ('1101', '占道经营', 'Street vending on the road', '11', 'EVENT', 1),
    ('1102', '乱停乱放', 'Illegal parking', '11', 'EVENT', 2),
    ('12', '安全隐患', 'Safety hazards', null, 'EVENT', 12),
    ('1201', '火灾隐患', 'Fire hazard', '12', 'EVENT', 1),
    ('1202', '电动车违规充电', 'Unsafe e-bike charging', '12', 'EVENT', 2),
    ('1203', '房屋安全', 'Unsafe building', '12', 'EVENT', 3),
    ('13', '矛盾纠纷', 'Disputes', null, 'EVENT', 13),
    ('1301', '邻里纠纷', 'Neighbour dispute', '13', 'EVENT', 1),
    ('1302', '物业纠纷', 'Property management dispute', '13', 'EVENT', 2),
    ('D', '诉求', 'Demands', null, 'DEMAND', 20),
    ('D1', '咨询', 'Consultation', 'D', 'DEMAND', 1),
    ('D2', '求助', 'Request for help', 'D', 'DEMAND', 2),
    ('D3', '建议', 'Suggestion', 'D', 'DEMAND', 3),
    ('D4', '投诉', 'Complaint', 'D', 'DEMAND', 4),
    ('D5', '举报', 'Report of wrongdoing', 'D', 'DEMAND', 5);

-- Residents' matters. The reporter's phone is kept only encrypted and as a blind index.
create table matter (
    id                    uuid primary key,
    tracking_code         varchar(12)   not null unique,
    district_code         char(6)       not null,
    grid_code             varchar(14)   references grid (code),
    category_code         varchar(20)   not null references matter_category (code),
    description           varchar(2000) not null,
    channel               varchar(10)   not null check (channel in ('WEB', 'PATROL', 'HOTLINE', 'WALK_IN', 'API')),
    lat                   double precision,
    lng                   double precision,
    reporter_phone_cipher varchar(200),
    reporter_phone_index  char(64),
    stage                 varchar(12)   not null,
    colour                varchar(6)    check (colour in ('RED', 'YELLOW', 'GREEN')),
    urgency               varchar(10),
    difficulty            varchar(10),
    reopened              boolean       not null default false,
    rating                varchar(20)   check (rating in ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED')),
    version               integer       not null default 0,
    reported_at           timestamptz   not null,
    updated_at            timestamptz   not null,
    idempotency_key       varchar(100)  unique,
    created_by            varchar(64)
);
create index matter_grid_idx on matter (grid_code text_pattern_ops);
create index matter_stage_idx on matter (stage, reported_at);
create index matter_phone_idx on matter (reporter_phone_index);

-- Every step, never changed: who, when, from, to, note; public notes show on the tracking page.
create table matter_timeline (
    id         bigserial primary key,
    matter_id  uuid          not null references matter (id),
    at         timestamptz   not null,
    actor      varchar(64)   not null,
    action     varchar(30)   not null,
    from_stage varchar(12),
    to_stage   varchar(12)   not null,
    note       varchar(1000),
    public     boolean       not null default false
);
create index matter_timeline_matter_idx on matter_timeline (matter_id, id);
