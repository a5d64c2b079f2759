-- Import jobs belong to an area like every other record: the region codes of the uploader's scope when the job was
-- started, empty for an account that sees the whole district (only such accounts may then open the job).
-- Earlier jobs take their uploader's current scope.
alter table import_job add column area varchar(20)[] not null default '{}';

update import_job j set area = a.scope_codes
from account a
where a.username = j.created_by and not a.unrestricted;
