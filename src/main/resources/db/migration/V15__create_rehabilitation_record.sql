-- Rehabilitation of disabled children (policy §10), kept by the Disabled Persons' Federation: screening and
-- assessment, then surgery, assistive devices and rehabilitation training, each with provider, dates, funding,
-- status and outcome. Ordered by start, the records of a child are the child's pathway.
create table rehabilitation_record (
    id                  uuid primary key,
    child_id            uuid not null references child (id),
    organization_id     uuid not null references organization (id),
    kind                varchar(30) not null check (kind in ('SCREENING', 'ASSESSMENT', 'SURGERY', 'ASSISTIVE_DEVICE',
                            'REHABILITATION_TRAINING')),
    provider            varchar(100) not null,
    starts_on           date not null,
    ends_on             date,
    funding_source      varchar(40) check (funding_source in ('DISABLED_PERSONS_FEDERATION_PROGRAM', 'MEDICAL_INSURANCE',
                            'MEDICAL_ASSISTANCE', 'CHARITY', 'FAMILY', 'OTHER')),
    status              varchar(15) not null check (status in ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'DISCONTINUED')),
    findings            varchar(1000),
    device              varchar(100),
    sessions_planned    smallint check (sessions_planned between 1 and 1000),
    sessions_completed  smallint check (sessions_completed >= 0),
    outcome             varchar(1000),
    recorded_by_name    varchar(50) not null,
    recorded_by_subject varchar(255) not null,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    version             bigint not null default 0,
    constraint rehabilitation_device_only_for_devices check ((kind = 'ASSISTIVE_DEVICE') = (device is not null)),
    constraint rehabilitation_sessions_only_for_training check (kind = 'REHABILITATION_TRAINING'
        or (sessions_planned is null and sessions_completed is null)),
    constraint rehabilitation_service_is_funded check (kind in ('SCREENING', 'ASSESSMENT') or funding_source is not null),
    constraint rehabilitation_finished_has_end check (status not in ('COMPLETED', 'DISCONTINUED')
        or (ends_on is not null and outcome is not null)),
    constraint rehabilitation_period_is_ordered check (ends_on is null or ends_on >= starts_on)
);
create index rehabilitation_record_child_idx on rehabilitation_record (child_id, starts_on, id);
create index rehabilitation_record_organization_idx on rehabilitation_record (organization_id, status, starts_on, id);
