-- Alerts (issue 14): an inbox per person, per organization and per role in a region, with what each reader has read.
-- A notification holds no personal data: its kind, what it is about (a record's type and id, opened with the reader's
-- own access) and a due time. It is written in the transaction of the event that causes it; "occasion" names that
-- event, so an alert caused twice (two instances of a scheduled job, a retried request) is written once.
create table notification (
    id                  uuid primary key,
    kind                varchar(40)  not null,
    subject_type        varchar(30)  not null,
    subject_id          uuid         not null,
    occasion            varchar(100) not null,
    due_at              timestamptz,
    to_subject          varchar(100),
    to_organization_id  uuid references organization (id),
    to_role             varchar(40),
    to_region_code      varchar(12),
    created_at          timestamptz  not null default now(),
    constraint notification_one_addressee check (
        (to_subject is not null)::int + (to_organization_id is not null)::int + (to_role is not null)::int = 1
        and (to_role is null) = (to_region_code is null)),
    constraint notification_once unique nulls not distinct
        (kind, subject_id, occasion, to_subject, to_organization_id, to_role, to_region_code)
);

create index notification_to_subject_idx on notification (to_subject, created_at desc, id desc)
    where to_subject is not null;
create index notification_to_organization_idx on notification (to_organization_id, created_at desc, id desc)
    where to_organization_id is not null;
create index notification_to_role_idx on notification (to_role, to_region_code, created_at desc, id desc)
    where to_role is not null;

create table notification_read (
    notification_id uuid         not null references notification (id) on delete cascade,
    reader_subject  varchar(100) not null,
    read_at         timestamptz  not null default now(),
    primary key (notification_id, reader_subject)
);
