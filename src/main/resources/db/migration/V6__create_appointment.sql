-- Village child directors (儿童主任) and township child supervisors (儿童督导员): a person appointed to a region for
-- a period. Ending an appointment keeps it, so each region's history stays.
create table appointment (
    id           uuid primary key,
    kind         varchar(10) not null check (kind in ('DIRECTOR', 'SUPERVISOR')),
    person_name  varchar(50) not null,
    phone        varchar(20),
    region_code  varchar(12) collate "C" not null references region (code),
    starts_on    date not null,
    ends_on      date,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      bigint not null default 0,
    constraint appointment_period_is_ordered check (ends_on is null or ends_on >= starts_on)
);
create index appointment_region_idx on appointment (region_code, kind, starts_on, id);
