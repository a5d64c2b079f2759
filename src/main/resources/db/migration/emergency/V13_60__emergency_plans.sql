-- Prepared plans for switching an area to emergency mode (平战转换系列工作方案): per hazard kind and level, the area,
-- the forces to call, the directive templates and the roll-call deadline. A plan is a series of versions: a draft is
-- approved by someone other than its drafter; editing an approved plan drafts the next version, and approving that
-- supersedes the one before, which stays readable.
create table emergency_plan (
    id         uuid primary key,
    created_by varchar(64) not null,
    created_at timestamptz not null
);

create table emergency_plan_version (
    plan_id          uuid          not null references emergency_plan (id),
    version          integer       not null check (version > 0),
    title            varchar(200)  not null,
    kind             varchar(20)   not null check (kind in ('FLOOD', 'FIRE', 'EARTHQUAKE', 'GEOLOGICAL', 'EPIDEMIC',
                                                            'WEATHER', 'SAFETY', 'OTHER')),
    level            varchar(3)    not null check (level in ('I', 'II', 'III', 'IV')),
    area_codes       text[]        not null check (cardinality(area_codes) > 0),
    roles            text[]        not null,
    kinds            text[]        not null,
    templates        text[]        not null,
    deadline_minutes integer       not null check (deadline_minutes between 1 and 1440),
    state            varchar(10)   not null check (state in ('DRAFT', 'APPROVED', 'SUPERSEDED')),
    drafted_by       varchar(64)   not null,
    drafted_at       timestamptz   not null,
    reviewed_by      varchar(64),
    reviewed_at      timestamptz,
    primary key (plan_id, version),
    check ((state = 'DRAFT') = (reviewed_by is null))
);
-- At most one draft and one version in force per plan.
create unique index emergency_plan_one_draft on emergency_plan_version (plan_id) where state = 'DRAFT';
create unique index emergency_plan_one_approved on emergency_plan_version (plan_id) where state = 'APPROVED';

-- The plan version an emergency was declared from (none when it was improvised).
alter table emergency add column plan_id uuid, add column plan_version integer,
    add foreign key (plan_id, plan_version) references emergency_plan_version (plan_id, version);
