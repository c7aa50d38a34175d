-- Caregiver unable to care (policy §5): a visit that finds the entrusted caregiver unable to look after the child
-- opens a follow-up, in the visit's transaction, with a deadline. The child's director records three steps: the
-- parents told (the contact), a caregiver chosen (a guardian of the child, or the current caregiver staying able
-- after support), and the resolution. At most one follow-up of a child is open at a time (enforced here: a second
-- such visit while one is open, even a concurrent one, opens nothing).
create table caregiver_follow_up (
    id                              uuid primary key,
    child_id                        uuid not null references child (id),
    visit_id                        uuid not null references visit (id),
    status                          varchar(10) not null check (status in ('OPEN', 'RESOLVED')),
    opened_at                       timestamptz not null,
    opened_by_name                  varchar(50) not null,
    due_at                          timestamptz not null,
    parents_contacted_at            timestamptz,
    parents_contact_mode            varchar(10) check (parents_contact_mode in ('PHONE', 'VIDEO', 'IN_PERSON',
                                        'MESSAGE')),
    parents_person_reached          varchar(100),
    parents_response                varchar(1000),
    parents_contact_recorded_by     varchar(50),
    caregiver_decision              varchar(30) check (caregiver_decision in ('NEW_CAREGIVER',
                                        'CURRENT_CAREGIVER_STAYS')),
    new_caregiver_guardian_id       uuid references guardian (id),
    caregiver_note                  varchar(500),
    caregiver_chosen_at             timestamptz,
    caregiver_chosen_by_name        varchar(50),
    resolved_at                     timestamptz,
    resolution                      varchar(1000),
    resolved_by_name                varchar(50),
    created_at                      timestamptz not null default now(),
    updated_at                      timestamptz not null default now(),
    version                         bigint not null default 0,
    constraint caregiver_follow_up_contact_whole check ((parents_contacted_at is null) = (parents_contact_mode is null)
        and (parents_contacted_at is null) = (parents_person_reached is null)
        and (parents_contacted_at is null) = (parents_contact_recorded_by is null)),
    constraint caregiver_follow_up_choice_whole check ((caregiver_decision is null) = (caregiver_chosen_at is null)
        and (caregiver_decision is null) = (caregiver_chosen_by_name is null)
        and (caregiver_decision = 'NEW_CAREGIVER' and new_caregiver_guardian_id is not null
            or caregiver_decision is distinct from 'NEW_CAREGIVER' and new_caregiver_guardian_id is null)),
    constraint caregiver_follow_up_resolved check ((status = 'RESOLVED') = (resolved_at is not null)
        and (status = 'RESOLVED') = (resolution is not null)
        and (status = 'RESOLVED') = (resolved_by_name is not null)
        and (status = 'OPEN' or parents_contacted_at is not null and caregiver_decision is not null)),
    constraint caregiver_follow_up_due_after_opening check (due_at > opened_at)
);
create unique index caregiver_follow_up_open_once on caregiver_follow_up (child_id) where status = 'OPEN';
create index caregiver_follow_up_child_idx on caregiver_follow_up (child_id, opened_at desc, id);
-- the deadline alerts read the open follow-ups whose deadline (or its approach) falls in an interval
create index caregiver_follow_up_due_idx on caregiver_follow_up (due_at, id) where status = 'OPEN';
