-- Temporary custody and placement (临时监护, policy §6-§7): civil affairs places a child with relatives, a foster
-- family, a minors' rescue-protection institution or a child-welfare institution, reviews the placement periodically
-- and ends it with an outcome. A child has at most one open placement (enforced here, whatever the races).
create table placement (
    id                      uuid primary key,
    child_id                uuid not null references child (id),
    kind                    varchar(40) not null check (kind in ('ENTRUSTED_TO_RELATIVES', 'FAMILY_FOSTER_CARE',
                                'RESCUE_PROTECTION_INSTITUTION', 'CHILD_WELFARE_INSTITUTION')),
    -- A family placement names its carer (a guardian of the child, or a name and phone); an institution placement
    -- names the institution (an organization).
    carer_guardian_id       uuid references guardian (id),
    carer_name              varchar(50),
    carer_phone             varchar(20),
    institution_id          uuid references organization (id),
    starts_on               date not null,
    reasons                 varchar(2000) not null,
    legal_basis             varchar(500),
    protection_report_id    uuid references protection_report (id),
    -- The next review while open; the last one planned once ended.
    next_review_on          date not null,
    recorded_by_name        varchar(50) not null,
    recorded_by_subject     varchar(255) not null,
    ended_on                date,
    end_outcome             varchar(30) check (end_outcome in ('RETURNED_TO_FAMILY', 'NEW_GUARDIAN',
                                'LONG_TERM_PLACEMENT', 'ADULTHOOD', 'OTHER')),
    end_note                varchar(1000),
    ended_by_name           varchar(50),
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    version                 bigint not null default 0,
    constraint placement_carer_or_institution check (
        case when kind in ('ENTRUSTED_TO_RELATIVES', 'FAMILY_FOSTER_CARE')
            then institution_id is null and (carer_guardian_id is not null or carer_name is not null)
            else institution_id is not null and carer_guardian_id is null and carer_name is null
                and carer_phone is null end),
    constraint placement_review_after_start check (next_review_on > starts_on),
    constraint placement_end_recorded check ((ended_on is null) = (end_outcome is null)
        and (ended_on is null) = (ended_by_name is null)),
    constraint placement_ends_after_start check (ended_on is null or ended_on >= starts_on)
);
create unique index placement_one_open_per_child_idx on placement (child_id) where ended_on is null;
create index placement_child_idx on placement (child_id, starts_on, id);
-- Reviews due, in lists and for the review alerts (DeadlineAlertSource): open placements by next review date.
create index placement_open_review_idx on placement (next_review_on, id) where ended_on is null;

-- The periodic reviews of a placement, in order.
create table placement_review (
    id                      uuid primary key,
    placement_id            uuid not null references placement (id),
    reviewed_on             date not null,
    finding                 varchar(2000) not null,
    next_review_on          date not null,
    reviewed_by_name        varchar(50) not null,
    reviewed_by_subject     varchar(255) not null,
    recorded_at             timestamptz not null,
    constraint placement_review_next_after check (next_review_on > reviewed_on)
);
create index placement_review_placement_idx on placement_review (placement_id, reviewed_on, id);
