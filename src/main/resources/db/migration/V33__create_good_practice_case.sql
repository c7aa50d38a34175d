-- Good-practice cases (优秀案例, plan 四(二)): civil-affairs offices and partner organizations draft cases of the
-- plan's actions, submit them to the level above; the city recommends, the province reviews (score, comments),
-- selects and publishes, in yearly collection rounds (征集). A case holds no personal data of children: the service
-- refuses ID numbers, phone numbers and registered children's names in its text, and every photo carries a consent.

-- A yearly collection round, opened by the province: drafts are submitted until its deadline.
create table good_practice_round (
    year                smallint primary key check (year between 2000 and 2100),
    deadline            date not null,
    opened_by_name      varchar(50) not null,
    opened_by_subject   varchar(255) not null,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    version             bigint not null default 0,
    constraint good_practice_round_deadline_in_year check (extract(year from deadline) = year)
);

create table good_practice_case (
    id                      uuid primary key,
    year                    smallint not null references good_practice_round (year),
    title                   varchar(100) not null,
    -- The region the case took place in; its children's names are what the check refuses.
    region_code             varchar(12) collate "C" not null references region (code),
    plan_action             varchar(40) not null check (plan_action in ('SPIRITUAL_LITERACY', 'GUARDIANSHIP_QUALITY',
                                'PRECISE_ASSISTANCE', 'SAFETY_PROTECTION', 'PSYCHOLOGICAL_CARE',
                                'STRENGTHENING_FOUNDATIONS')),
    summary                 varchar(500) not null,
    story                   varchar(10000) not null,
    state                   varchar(20) not null check (state in ('DRAFT', 'SUBMITTED', 'RECOMMENDED', 'RETURNED',
                                'SELECTED', 'PUBLISHED')),
    -- Who keeps the draft: a partner organization (its staff), or a civil-affairs office (the jurisdiction of the
    -- officer who created it: officers of the same jurisdiction keep it together).
    owner_organization_id   uuid references organization (id),
    owner_region_code       varchar(12) collate "C" references region (code),
    drafted_by_name         varchar(50) not null,
    drafted_by_subject      varchar(255) not null,
    submitted_at            timestamptz,
    recommended_at          timestamptz,
    recommended_by_name     varchar(50),
    recommendation_comment  varchar(2000),
    score                   smallint check (score between 0 and 100),
    review_comment          varchar(2000),
    reviewed_by_name        varchar(50),
    returned_at             timestamptz,
    return_comment          varchar(2000),
    returned_by_name        varchar(50),
    published_at            timestamptz,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    version                 bigint not null default 0,
    constraint good_practice_case_one_owner check ((owner_organization_id is null) <> (owner_region_code is null)),
    constraint good_practice_case_selected_scored check (state not in ('SELECTED', 'PUBLISHED') or score is not null),
    constraint good_practice_case_published_at check ((state = 'PUBLISHED') = (published_at is not null)),
    constraint good_practice_case_returned_comment check (state <> 'RETURNED' or return_comment is not null)
);
create index good_practice_case_region_idx on good_practice_case (region_code, year, state);
create index good_practice_case_owner_org_idx on good_practice_case (owner_organization_id, updated_at, id)
    where owner_organization_id is not null;
create index good_practice_case_published_idx on good_practice_case (published_at, id) where state = 'PUBLISHED';

-- The organizations that did the work.
create table good_practice_case_organization (
    case_id         uuid not null references good_practice_case (id) on delete cascade,
    organization_id uuid not null references organization (id),
    primary key (case_id, organization_id)
);

-- Results with figures, in order (a label and a number).
create table good_practice_case_result (
    case_id     uuid not null references good_practice_case (id) on delete cascade,
    position    smallint not null check (position between 1 and 20),
    label       varchar(100) not null,
    figure      numeric(14, 2) not null,
    unit        varchar(20),
    primary key (case_id, position)
);

-- Photos, stored here; numbered from 1 per case (the next after the highest), each with the consent recorded for it.
-- The configured count limit is checked under a lock of the case row, so concurrent uploads cannot pass it; the
-- ceiling of the numbers and of the size here is the last line behind it.
create table good_practice_case_photo (
    case_id             uuid not null references good_practice_case (id) on delete cascade,
    number              smallint not null check (number between 1 and 100),
    content_type        varchar(20) not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
    content             bytea not null check (octet_length(content) between 1 and 10485760),
    byte_size           integer not null,
    caption             varchar(200),
    consent_given_by    varchar(50) not null,
    consent_relation    varchar(30) not null,
    consent_given_on    date not null,
    added_by_name       varchar(50) not null,
    added_at            timestamptz not null default now(),
    primary key (case_id, number),
    constraint good_practice_case_photo_size check (byte_size = octet_length(content))
);
