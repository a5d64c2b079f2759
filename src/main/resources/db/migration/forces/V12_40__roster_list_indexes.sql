-- The paged roster (/forces): its area filter matches a prefix of the member's grid (or community, for people
-- linked to a community alone), and each row lists the duty-chart lines the person is on as A or as B, and the
-- A/B filter looks people up as backups too (holders were already indexed).
create index force_member_area_idx on force_member ((coalesce(grid_code, community_code)) text_pattern_ops);
create index grid_duty_backup_idx on grid_duty (backup_id) where backup_id is not null;
