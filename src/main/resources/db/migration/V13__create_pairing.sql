-- One-to-one pairings (结对帮扶) of a volunteer or teacher of an organization with a child: loving mothers of the
-- Women's Federation (爱心妈妈), academic buddies (§11), growth mentors and peer buddies (§18), volunteer buddies.
create table pairing (
    id                      uuid primary key,
    organization_id         uuid not null references organization (id),
    volunteer_id            uuid not null references volunteer (id),
    child_id                uuid not null references child (id),
    kind                    varchar(20) not null check (kind in ('LOVING_MOTHER', 'ACADEMIC_BUDDY', 'GROWTH_MENTOR',
                                'PEER_BUDDY', 'VOLUNTEER_BUDDY')),
    starts_on               date not null,
    planned_end_on          date,
    goals                   varchar(1000),
    check_in_interval_days  smallint not null check (check_in_interval_days between 1 and 92),
    status                  varchar(10) not null check (status in ('ACTIVE', 'ENDED')),
    ended_on                date,
    end_reason              varchar(500),
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    version                 bigint not null default 0,
    constraint pairing_planned_end_after_start check (planned_end_on is null or planned_end_on >= starts_on),
    constraint pairing_ended_has_reason check ((status = 'ENDED') = (ended_on is not null and end_reason is not null))
);
-- A child has at most one active pairing of a kind, whatever writer tries.
create unique index pairing_one_active_per_kind_idx on pairing (child_id, kind) where status = 'ACTIVE';
create index pairing_organization_idx on pairing (organization_id, status, id);
create index pairing_volunteer_idx on pairing (volunteer_id) where status = 'ACTIVE';

-- Check-ins of a pairing: each contact between the volunteer and the child.
create table pairing_contact (
    id                uuid primary key,
    pairing_id        uuid not null references pairing (id),
    contacted_on      date not null,
    mode              varchar(20) not null check (mode in ('PHONE', 'VIDEO', 'MEETING', 'HOME_VISIT', 'ACTIVITY')),
    notes             varchar(2000),
    recorded_by_name  varchar(50) not null,
    recorded_by_subject varchar(255) not null,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    version           bigint not null default 0
);
create index pairing_contact_pairing_idx on pairing_contact (pairing_id, contacted_on desc, id);

-- A concern raised at a check-in reaches the child's director like any other concern.
alter table concern add column pairing_contact_id uuid references pairing_contact (id);
