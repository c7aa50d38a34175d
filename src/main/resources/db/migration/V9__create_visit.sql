-- Visits (走访): contacts (phone, video, meeting) and home visits, with what the visitor found. A visit is never
-- overwritten: a correction is a new row that supersedes the old one, which stays (superseded_by points forward).
create table visit (
    id                      uuid primary key,
    child_id                uuid not null references child (id),
    kind                    varchar(20) not null check (kind in ('CONTACT', 'HOME_VISIT')),
    contact_mode            varchar(20) not null check (contact_mode in ('PHONE', 'VIDEO', 'MEETING', 'IN_HOME')),
    visited_at              timestamptz not null,
    visited_on              date not null,
    visitor_role            varchar(30) not null check (visitor_role in ('DIRECTOR', 'SUPERVISOR', 'CIVIL_AFFAIRS_OFFICER',
                                                                          'PARTNER_STAFF')),
    visitor_name            varchar(50) not null,
    visitor_subject         varchar(255) not null,
    visitor_organization_id uuid references organization (id),
    persons_met             varchar(200),
    living_rating           varchar(20) check (living_rating in ('GOOD', 'NEEDS_ATTENTION', 'SERIOUS')),
    living_note             varchar(500),
    study_rating            varchar(20) check (study_rating in ('GOOD', 'NEEDS_ATTENTION', 'SERIOUS')),
    study_note              varchar(500),
    health_rating           varchar(20) check (health_rating in ('GOOD', 'NEEDS_ATTENTION', 'SERIOUS')),
    health_note             varchar(500),
    safety_rating           varchar(20) check (safety_rating in ('GOOD', 'NEEDS_ATTENTION', 'SERIOUS')),
    safety_note             varchar(500),
    emotional_rating        varchar(20) check (emotional_rating in ('GOOD', 'NEEDS_ATTENTION', 'SERIOUS')),
    emotional_note          varchar(500),
    caregiver_able          boolean,
    caregiver_willing       boolean,
    guardianship_note       varchar(500),
    notes                   varchar(2000),
    evidence_references     varchar(200)[] not null default '{}',
    supersedes_id           uuid references visit (id),
    superseded_by           uuid references visit (id),
    correction_reason       varchar(500),
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    version                 bigint not null default 0,
    constraint visit_home_visit_is_in_home check ((kind = 'HOME_VISIT') = (contact_mode = 'IN_HOME')),
    constraint visit_correction_has_reason check ((supersedes_id is null) = (correction_reason is null))
);
-- The schedule and the compliance report read each child's current visits by date, index only.
create index visit_child_current_idx on visit (child_id, visited_on desc) include (kind, visitor_role)
    where superseded_by is null;
create unique index visit_supersedes_idx on visit (supersedes_id) where supersedes_id is not null;
