-- When a group robot last did not take a message, and why (a 503, or the robot's own answer such as WeCom's
-- "errcode 93000 invalid webhook url"), kept until it takes one again. A robot that keeps refusing holds its messages
-- back; the admins' page shows why, so they can fix its URL.
alter table notify_webhook add column failed_at timestamptz, add column failure varchar(300);
