-- A person without records on a share or mean indicator (no directive to acknowledge, no meeting decision due) has no
-- value on it, rather than a made-up zero; the weight goes to their other indicators.
alter table evaluation_value alter column value drop not null;
alter table evaluation_value alter column normalised drop not null;
