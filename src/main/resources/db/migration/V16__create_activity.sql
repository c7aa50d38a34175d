-- Rule-of-law vice-principals (法治副校长, policy §2): appointed to a school, they owe at least 4 class hours of
-- legal education there a year.
create table rule_of_law_vice_principal (
    id                      uuid primary key,
    school_organization_id  uuid not null references organization (id),
    person_name             varchar(50) not null,
    starts_on               date not null,
    ends_on                 date,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    version                 bigint not null default 0,
    constraint vice_principal_period_is_ordered check (ends_on is null or ends_on >= starts_on)
);
create index rule_of_law_vice_principal_school_idx on rule_of_law_vice_principal (school_organization_id);

-- Activities and events run by an organization (Tongxin Harbor events, safety education, legal and family
-- education, ...): planned, held, reported, or cancelled. region_code is where it took place (a village, or the
-- region of the school or site), so duties can be checked per county.
create table activity (
    id                       uuid primary key,
    organization_id          uuid not null references organization (id),
    kind                     varchar(30) not null check (kind in ('TONGXIN_HARBOR_EVENT', 'RED_SCARF_CLASS',
                                 'SAFETY_EDUCATION', 'HOLIDAY_SAFETY_LECTURE', 'LEGAL_EDUCATION', 'FAMILY_EDUCATION',
                                 'FESTIVAL_CARE', 'RED_EDUCATION', 'READING_AND_PLAY', 'PSYCHOLOGICAL_SUPPORT', 'OTHER')),
    safety_topics            varchar(20)[] not null default '{}',
    title                    varchar(100) not null,
    place_kind               varchar(15) not null check (place_kind in ('HARBOR_SITE', 'SCHOOL', 'VILLAGE', 'OTHER')),
    harbor_site_id           uuid references harbor_site (id),
    school_organization_id   uuid references organization (id),
    region_code              varchar(12) collate "C" not null references region (code),
    place_note               varchar(200),
    starts_at                timestamptz not null,
    ends_at                  timestamptz not null,
    class_hours              numeric(4, 1) not null check (class_hours > 0 and class_hours <= 100),
    vice_principal_id        uuid references rule_of_law_vice_principal (id),
    staff_names              varchar(500),
    status                   varchar(10) not null check (status in ('PLANNED', 'HELD', 'REPORTED', 'CANCELLED')),
    report                   varchar(2000),
    cancel_reason            varchar(500),
    created_at               timestamptz not null default now(),
    updated_at               timestamptz not null default now(),
    version                  bigint not null default 0,
    constraint activity_period_is_ordered check (ends_at >= starts_at),
    constraint activity_site_place check ((place_kind = 'HARBOR_SITE') = (harbor_site_id is not null)),
    constraint activity_school_place check ((place_kind = 'SCHOOL') = (school_organization_id is not null)),
    constraint activity_reported_has_report check (status <> 'REPORTED' or report is not null),
    constraint activity_cancelled_has_reason check ((status = 'CANCELLED') = (cancel_reason is not null)),
    constraint activity_vice_principal_gives_legal_education check (vice_principal_id is null or kind = 'LEGAL_EDUCATION')
);
create index activity_organization_idx on activity (organization_id, starts_at desc, id);
create index activity_duty_idx on activity (kind, region_code, starts_at) where status in ('HELD', 'REPORTED');

create table activity_volunteer (
    activity_id   uuid not null references activity (id),
    volunteer_id  uuid not null references volunteer (id),
    primary key (activity_id, volunteer_id)
);

create table activity_attendance (
    activity_id  uuid not null references activity (id),
    child_id     uuid not null references child (id),
    recorded_at  timestamptz not null default now(),
    primary key (activity_id, child_id)
);
create index activity_attendance_child_idx on activity_attendance (child_id, activity_id);

-- Guardians who attended (family education).
create table activity_guardian_attendance (
    activity_id  uuid not null references activity (id),
    guardian_id  uuid not null references guardian (id),
    recorded_at  timestamptz not null default now(),
    primary key (activity_id, guardian_id)
);
