-- Children (一人一档 basic information) and their guardians. Scope is by residence village (a region-code prefix
-- range on child_residence_idx) or by an organization's active relationship with the child.
create table child (
    id                     uuid primary key,
    name                   varchar(50) not null,
    gender                 varchar(10) not null check (gender in ('MALE', 'FEMALE')),
    birth_date             date not null,
    id_number              varchar(18) collate "C" unique,
    household_region_code  varchar(12) collate "C" references region (code),
    residence_village_code varchar(12) collate "C" not null references region (code),
    disability_kind        varchar(30),
    disability_grade       smallint check (disability_grade between 1 and 4),
    risk_level             varchar(10) not null check (risk_level in ('STANDARD', 'HIGH')),
    school_name            varchar(100),
    school_grade           varchar(20),
    school_status          varchar(20) not null check (school_status in ('IN_SCHOOL', 'DROPPED_OUT', 'RETURNED', 'NOT_OF_SCHOOL_AGE')),
    status                 varchar(20) not null default 'ACTIVE' check (status in ('ACTIVE', 'CLOSED')),
    closed_reason          varchar(30) check (closed_reason in ('AGED_OUT', 'MOVED_AWAY', 'NO_LONGER_ELIGIBLE', 'DECEASED')),
    closed_on              date,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    version                bigint not null default 0,
    constraint child_closed_has_reason check ((status = 'CLOSED') = (closed_reason is not null))
);
create index child_residence_idx on child (residence_village_code, id);
create index child_name_idx on child (name, id);

create table child_category (
    child_id uuid not null references child (id) on delete cascade,
    category varchar(30) not null check (category in ('LEFT_BEHIND', 'ORPHAN', 'DE_FACTO_UNSUPPORTED', 'DISABLED',
        'SERIOUSLY_ILL', 'LOW_INCOME_FAMILY', 'EXTREME_POVERTY_SUPPORT', 'SINGLE_PARENT_FAMILY')),
    primary key (child_id, category)
);
create index child_category_category_idx on child_category (category, child_id);

create table child_risk_factor (
    child_id    uuid not null references child (id) on delete cascade,
    risk_factor varchar(40) not null check (risk_factor in ('PARENT_SEVERE_DISABILITY', 'CHILD_DISABILITY',
        'PSYCHOLOGICAL_OR_BEHAVIOURAL_ABNORMALITY', 'SINGLE_PARENT_FAMILY', 'SERIOUS_ILLNESS', 'NO_EFFECTIVE_GUARDIAN')),
    primary key (child_id, risk_factor)
);

create table guardian (
    id                 uuid primary key,
    name               varchar(50) not null,
    phone              varchar(20),
    workplace          varchar(200),
    works_away         boolean not null default false,
    capacity           varchar(10) not null check (capacity in ('ABLE', 'LIMITED', 'UNABLE')),
    capacity_note      varchar(500),
    region_code        varchar(12) collate "C" not null references region (code),
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    version            bigint not null default 0
);
create index guardian_region_idx on guardian (region_code, id);

create table child_guardian (
    child_id         uuid not null references child (id) on delete cascade,
    guardian_id      uuid not null references guardian (id) on delete cascade,
    relationship     varchar(30) not null check (relationship in ('FATHER', 'MOTHER', 'GRANDPARENT', 'SIBLING',
        'OTHER_RELATIVE', 'ENTRUSTED_CAREGIVER', 'OTHER')),
    legal_guardian   boolean not null,
    entrusted_caregiver boolean not null,
    primary key (child_id, guardian_id)
);
create index child_guardian_guardian_idx on child_guardian (guardian_id, child_id);

-- The hook through which an organization reaches a child without regional jurisdiction: pairings, services,
-- referrals and activities (later features) keep a row here while their relationship is active.
create table child_organization_relationship (
    child_id        uuid not null references child (id) on delete cascade,
    organization_id uuid not null references organization (id),
    kind            varchar(30) not null,
    source_id       uuid not null,
    active_from     date not null,
    active_until    date,
    primary key (child_id, organization_id, kind, source_id)
);
create index child_organization_relationship_org_idx on child_organization_relationship (organization_id, child_id);
