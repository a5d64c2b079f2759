-- Photos of a matter, stored after every piece of metadata was removed (no EXIF position ever reaches the disk).
create table matter_photo (
    id           uuid primary key,
    matter_id    uuid         not null references matter (id),
    content_type varchar(20)  not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
    bytes        bytea        not null,
    created_at   timestamptz  not null default now()
);
create index matter_photo_matter_idx on matter_photo (matter_id);
