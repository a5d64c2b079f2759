-- Tokens for staff's programs that call the API (a hotline system posting matters, a script reading the rates): sent
-- as "Authorization: Bearer <token>", each acting as the account that made it, within its role and area. Only the
-- token's SHA-256 hash is kept; the token itself is shown once, when it is made. The rows are also the record of who
-- made which token, when, when it was last used and when it was revoked. request_key is the form's: sending the same
-- form twice (a page reload) makes no second token.
create table api_token (
    id           uuid primary key,
    account_id   uuid        not null references account (id) on delete cascade,
    label        varchar(60) not null,
    token_hash   char(64)    not null unique,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    request_key  uuid        not null,
    constraint api_token_request_unique unique (account_id, request_key)
);
create index api_token_account_idx on api_token (account_id);
