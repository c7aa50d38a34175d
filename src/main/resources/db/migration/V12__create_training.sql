-- Training of directors and supervisors (policy §21): every one trained each year, county-level full coverage, and
-- at least one demonstration training run by the city each year.
create table training_session (
    id               uuid primary key,
    level            varchar(10) not null check (level in ('CITY', 'COUNTY')),
    region_code      varchar(12) collate "C" not null references region (code),
    organizer        varchar(100) not null,
    held_on          date not null,
    topic            varchar(200) not null,
    demonstration    boolean not null default false,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    version          bigint not null default 0,
    constraint training_demonstration_is_city_level check (not demonstration or level = 'CITY')
);
create index training_session_region_idx on training_session (region_code, held_on);

create table training_attendance (
    session_id     uuid not null references training_session (id),
    appointment_id uuid not null references appointment (id),
    recorded_at    timestamptz not null default now(),
    primary key (session_id, appointment_id)
);
create index training_attendance_appointment_idx on training_attendance (appointment_id, session_id);
