-- Annual progress reports (年度工作进展情况, plan 四(二)): a county reports to its city, a city to the province, once
-- a year. A report holds the officer's narrative; its figures are compiled from the data while it is a draft and
-- frozen at each submission into a version of their own (versions are kept: a returned report is revised and
-- submitted again as a new version).
create table progress_report (
    id                      uuid primary key,
    region_code             varchar(12) collate "C" not null references region (code),
    year                    integer not null check (year between 2000 and 2100),
    level                   varchar(10) not null check (level in ('COUNTY', 'CITY')),
    status                  varchar(10) not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    progress                varchar(10000),
    problems                varchar(10000),
    next_steps              varchar(10000),
    plans                   varchar(10000),
    -- how many times it was submitted: the number of its latest version
    submissions             integer not null default 0,
    first_submitted_at      timestamptz,
    created_by_name         varchar(50) not null,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    version                 bigint not null default 0,
    constraint progress_report_submitted check ((status = 'DRAFT' and submissions = 0) or submissions > 0)
);
create unique index progress_report_region_year_idx on progress_report (region_code, year);
create index progress_report_year_idx on progress_report (year, region_code);

-- A submission: the narrative and figures as submitted, and the reviewer's answer.
create table progress_report_version (
    id                      uuid primary key,
    report_id               uuid not null references progress_report (id),
    number                  integer not null check (number > 0),
    progress                varchar(10000),
    problems                varchar(10000),
    next_steps              varchar(10000),
    plans                   varchar(10000),
    submitted_at            timestamptz not null,
    submitted_by_name       varchar(50) not null,
    outcome                 varchar(10) check (outcome in ('RETURNED', 'ACCEPTED')),
    comments                varchar(4000),
    reviewed_at             timestamptz,
    reviewed_by_name        varchar(50),
    constraint progress_report_version_review check ((outcome is null) = (reviewed_at is null)
        and (outcome is null) = (reviewed_by_name is null)),
    constraint progress_report_version_returned_with_comments check (outcome is distinct from 'RETURNED'
        or comments is not null)
);
create unique index progress_report_version_number_idx on progress_report_version (report_id, number);

-- The figures frozen in a version, in the order the report shows them.
create table progress_report_figure (
    version_id              uuid not null references progress_report_version (id),
    position                integer not null,
    figure_key              varchar(80) not null,
    value                   bigint not null,
    list_link               varchar(500),
    primary key (version_id, position),
    constraint progress_report_figure_key_once unique (version_id, figure_key)
);

-- The deadlines of a year, when the province set them (otherwise tonghu.progress-report.county-due / city-due).
create table progress_report_deadline (
    year                    integer primary key check (year between 2000 and 2100),
    county_due              date not null,
    city_due                date not null,
    changed_by_name         varchar(50) not null,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    version                 bigint not null default 0,
    constraint progress_report_deadline_order check (county_due <= city_due)
);
