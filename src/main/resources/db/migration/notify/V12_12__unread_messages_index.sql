-- The workbench shows each person how many inbox messages are unread; unread ones are few beside a long history.
create index inbox_message_unread_idx on inbox_message (username) where read_at is null;
