-- Referrals (转介) of a child from one agency to another, with the need, urgency and consent basis; the receiver
-- accepts or declines with a reason, and closes an accepted referral with its outcome, which goes back to the sender.
create table referral (
    id                    uuid primary key,
    child_id              uuid not null references child (id),
    from_organization_id  uuid references organization (id),
    from_region_code      varchar(12) collate "C" references region (code),
    referred_by_name      varchar(50) not null,
    referred_by_subject   varchar(255) not null,
    to_organization_id    uuid not null references organization (id),
    need_category         varchar(20) not null check (need_category in ('REHABILITATION', 'MENTAL_HEALTH', 'MEDICAL_CARE',
                              'BENEFITS', 'EDUCATION', 'LEGAL_AID', 'CUSTODY', 'FAMILY_SUPPORT', 'OTHER')),
    need                  varchar(1000) not null,
    urgency               varchar(10) not null check (urgency in ('ROUTINE', 'URGENT', 'EMERGENCY')),
    consent_basis         varchar(30) not null check (consent_basis in ('GUARDIAN_CONSENT', 'CHILD_AND_GUARDIAN_CONSENT',
                              'STATUTORY_DUTY', 'EMERGENCY_PROTECTION')),
    status                varchar(10) not null check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'CLOSED')),
    referred_at           timestamptz not null,
    respond_by            timestamptz not null,
    responded_at          timestamptz,
    responded_by_name     varchar(50),
    decline_reason        varchar(500),
    outcome               varchar(1000),
    closed_on             date,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    version               bigint not null default 0,
    constraint referral_has_sender check (from_organization_id is not null or from_region_code is not null),
    constraint referral_not_to_itself check (from_organization_id is null or from_organization_id <> to_organization_id),
    constraint referral_declined_has_reason check ((status = 'DECLINED') = (decline_reason is not null)),
    constraint referral_closed_has_outcome check ((status = 'CLOSED') = (outcome is not null and closed_on is not null))
);
create index referral_received_idx on referral (to_organization_id, status, respond_by, id);
create index referral_sent_by_organization_idx on referral (from_organization_id, referred_at desc, id);
create index referral_sent_from_region_idx on referral (from_region_code, referred_at desc, id);
create index referral_child_idx on referral (child_id, referred_at desc, id);
