-- When each group robot was last posted to (the last minute's posts): WeCom and DingTalk robots take about 20
-- messages a minute, and DingTalk shuts a robot that sends more for ten minutes. Kept in the database so that
-- several app instances share one budget per robot.
alter table notify_webhook add column recent_posts timestamptz[] not null default '{}';
