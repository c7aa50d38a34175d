-- Concerns found about a child (发现问题) and what was done about them (解决方案), raised from a visit or on their own.
create table concern (
    id                 uuid primary key,
    child_id           uuid not null references child (id),
    visit_id           uuid references visit (id),
    category           varchar(30) not null check (category in ('GUARDIANSHIP', 'SAFETY', 'HEALTH', 'STUDY',
                           'PSYCHOLOGICAL', 'LIVING_CONDITIONS', 'BENEFITS', 'OTHER')),
    severity           varchar(10) not null check (severity in ('LOW', 'MEDIUM', 'HIGH', 'URGENT')),
    status             varchar(20) not null check (status in ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'REFERRED')),
    description        varchar(1000) not null,
    raised_on          date not null,
    raised_by_name     varchar(50) not null,
    raised_by_subject  varchar(255) not null,
    organization_id    uuid references organization (id),
    action_taken       varchar(1000),
    referred_to        varchar(200),
    resolution         varchar(1000),
    resolved_on        date,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    version            bigint not null default 0,
    constraint concern_resolved_has_resolution check ((status = 'RESOLVED') = (resolution is not null and resolved_on is not null)),
    constraint concern_referred_names_receiver check (status <> 'REFERRED' or referred_to is not null)
);
create index concern_child_idx on concern (child_id, raised_on desc, id);
create index concern_open_idx on concern (status, child_id) where status in ('OPEN', 'IN_PROGRESS');

-- Care records (关爱帮扶记录): any help given to a child, by whom and when.
create table care_record (
    id                       uuid primary key,
    child_id                 uuid not null references child (id),
    kind                     varchar(30) not null check (kind in ('MATERIAL_AID', 'BENEFIT_ENROLLMENT', 'STUDY_SUPPORT',
                                 'HEALTH_SUPPORT', 'PSYCHOLOGICAL_SUPPORT', 'SAFETY_PROTECTION', 'FAMILY_SUPPORT', 'OTHER')),
    provider_organization_id uuid references organization (id),
    provided_on              date not null,
    description              varchar(1000) not null,
    recorded_by_name         varchar(50) not null,
    recorded_by_subject      varchar(255) not null,
    recorder_organization_id uuid references organization (id),
    created_at               timestamptz not null default now(),
    updated_at               timestamptz not null default now(),
    version                  bigint not null default 0
);
create index care_record_child_idx on care_record (child_id, provided_on desc, id);

-- Directors' and supervisors' work log (工作日志): one entry per day's work in their region, optionally about a child.
create table work_log_entry (
    id              uuid primary key,
    region_code     varchar(12) collate "C" not null references region (code),
    child_id        uuid references child (id),
    entry_date      date not null,
    content         varchar(2000) not null,
    author_name     varchar(50) not null,
    author_subject  varchar(255) not null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         bigint not null default 0
);
create index work_log_entry_region_idx on work_log_entry (region_code, entry_date desc, id);
create index work_log_entry_child_idx on work_log_entry (child_id, entry_date desc, id) where child_id is not null;
