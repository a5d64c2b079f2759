-- An Idempotency-Key is unique per sender, not across all senders: someone else's key no longer answers with their
-- receipt, nor hides a later report behind it. The scope names the sender ('account:<username>', or for anonymous
-- callers 'anon:' and the keyed hash of their address); request_hash is a keyed hash of the report the key first came
-- with, so the same key with a different report is refused. Keys stored before have no known sender: their scope is
-- 'legacy', which no request has, so they stay valid and unique and are never matched again.
alter table matter add column idempotency_scope varchar(80), add column request_hash char(64);
update matter set idempotency_scope = 'legacy' where idempotency_key is not null;
alter table matter drop constraint matter_idempotency_key_key;
alter table matter add constraint matter_idempotency_key_key unique (idempotency_scope, idempotency_key);
alter table matter add constraint matter_idempotency_scoped check ((idempotency_key is null) = (idempotency_scope is null));
