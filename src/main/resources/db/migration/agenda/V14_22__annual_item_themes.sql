-- The campaign themes an annual big thing serves (shared.Theme), shared with livelihood projects so that both can be
-- found under one theme.
alter table annual_item add column themes text[] not null default '{}';
