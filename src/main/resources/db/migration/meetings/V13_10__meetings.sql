-- Meetings (月度联席会议, 协商议事会, 党建联席会): who was invited and came, what was on the agenda, what was decided.

create table meeting (
    id uuid primary key,
    kind varchar(20) not null,
    -- a community or one of its grids, picked from the area tree
    area_code varchar(14) not null,
    community_code varchar(12) not null,
    title varchar(200) not null,
    starts_at timestamptz not null,
    place varchar(200) not null,
    state varchar(12) not null default 'SCHEDULED',
    minutes text,
    organiser varchar(100) not null,
    created_at timestamptz not null,
    held_at timestamptz
);
create index meeting_area_idx on meeting (area_code text_pattern_ops, starts_at);
create index meeting_community_month_idx on meeting (community_code, kind, starts_at);

-- An invited person, picked from the forces register; the account (when the person has one) signs in on the phone.
create table meeting_attendee (
    meeting_id uuid not null references meeting (id) on delete cascade,
    seq int not null,
    force_member_id uuid,
    account_id uuid,
    account_username varchar(100),
    name varchar(100) not null,
    role varchar(30) not null,
    grid_code varchar(14),
    signed_in_at timestamptz,
    -- who recorded the attendance: the attendee on the phone, or a leader marking it
    signed_by varchar(100),
    primary key (meeting_id, seq)
);
create index meeting_attendee_grid_idx on meeting_attendee (grid_code);
create index meeting_attendee_account_idx on meeting_attendee (account_id);

-- The open red and yellow matters a meeting discussed, kept when it is held so the record does not change afterwards.
create table meeting_agenda_matter (
    meeting_id uuid not null references meeting (id) on delete cascade,
    matter_id uuid not null,
    tracking_code varchar(20) not null,
    colour varchar(10) not null,
    category_name varchar(100) not null,
    grid_code varchar(14),
    primary key (meeting_id, matter_id)
);

-- A decision: a matter handed to the matters workflow (linked back) or a task with an owner and a deadline.
create table meeting_decision (
    id uuid primary key,
    meeting_id uuid not null references meeting (id) on delete cascade,
    text varchar(500) not null,
    outcome varchar(10) not null,
    grid_code varchar(14),
    matter_id uuid,
    tracking_code varchar(20),
    owner_member_id uuid,
    owner_name varchar(100),
    due_date date not null,
    progress varchar(500),
    done_at timestamptz,
    done_by varchar(100),
    created_at timestamptz not null
);
create index meeting_decision_meeting_idx on meeting_decision (meeting_id);
create index meeting_decision_grid_due_idx on meeting_decision (grid_code, due_date);
create index meeting_decision_matter_idx on meeting_decision (matter_id) where matter_id is not null;
