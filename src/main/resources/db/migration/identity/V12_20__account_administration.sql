-- Accounts opened from a staff workbook get no password anybody knows: they wait until an admin issues each a
-- temporary one (one by one, or all at once in a sheet shown only to that admin), so no password sits in the import's
-- files or tables. The flag says which accounts still wait, for the account list and the sheet.
alter table account add column awaiting_password boolean not null default false;
-- The last enabled district admin is found under a row lock on every account change.
create index account_enabled_admin_idx on account (role) where enabled;
