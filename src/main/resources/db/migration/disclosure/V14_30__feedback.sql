-- Residents' questions and problems about a disclosed item (or a titled workshop), each handed to the matters
-- workflow: the matter's id and tracking code, and when it was struck off (answered).
create table disclosure_feedback (
    matter_id          uuid         primary key,
    subject_kind       varchar(20)  not null,
    subject_id         uuid         not null,
    tracking_code      text         not null,
    asked_at           timestamptz  not null,
    answered_at        timestamptz
);
create index disclosure_feedback_subject on disclosure_feedback (subject_kind, subject_id);
