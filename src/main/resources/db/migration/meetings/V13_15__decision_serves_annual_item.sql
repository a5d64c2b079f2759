-- The annual big thing (年度10件大事) a decision serves, picked when the decision is taken; its title is kept as it
-- stood then, so the meeting page names it without reading the agenda module's tables.
alter table meeting_decision add column annual_item_id uuid;
alter table meeting_decision add column annual_item_title varchar(200);
