create table if not exists bench_minimal_matter (
    id uuid primary key, description varchar(2000), category_code varchar(20), lat double precision,
    lng double precision, phone varchar(20), created_at timestamptz not null
);
