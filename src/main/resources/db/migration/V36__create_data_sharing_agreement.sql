-- Data-sharing agreements (数据共享协议, PIPL art. 13, 23): the province registers each third-party app (an OAuth
-- client calling with client credentials) with the organization it acts for, purpose, legal basis, the regions it may
-- read, the field set, the operations of the graph it may call, the webhook events it may subscribe to, and a term.
-- A client has at most one agreement in force (enforced here, whatever the races); an agreement in force is active
-- from starts_on through expires_on. Revoked and expired agreements are kept.
create table data_sharing_agreement (
    id                      uuid primary key,
    client_id               varchar(100) not null check (client_id ~ '^[A-Za-z0-9._:-]{1,100}$'),
    organization_id         uuid not null references organization (id),
    purpose                 varchar(1000) not null,
    legal_basis             varchar(30) not null check (legal_basis in ('GUARDIAN_CONSENT', 'STATUTORY_DUTY',
                                'EMERGENCY_PROTECTION', 'OTHER_LAW_OR_REGULATION')),
    -- 12-digit region codes, comma-separated: the app reads only under these regions.
    region_codes            varchar(1300) not null check (region_codes ~ '^[0-9]{12}(,[0-9]{12}){0,99}$'),
    field_set               varchar(30) not null check (field_set in ('DIRECTORY', 'AGGREGATE_STATISTICS',
                                'CHILD_LEVEL')),
    -- root field names of the graph, comma-separated (checked against the live schema when written)
    operations              varchar(4000) not null
                                check (operations ~ '^[_A-Za-z][_0-9A-Za-z]*(,[_A-Za-z][_0-9A-Za-z]*)*$'),
    webhook_events          varchar(500) not null default '' check (webhook_events ~ '^([A-Z_]+(,[A-Z_]+)*)?$'),
    starts_on               date not null,
    expires_on              date not null,
    requests_per_minute     integer not null default 60 check (requests_per_minute between 1 and 10000),
    daily_quota             integer not null default 10000 check (daily_quota between 1 and 10000000),
    status                  varchar(20) not null default 'IN_FORCE'
                                check (status in ('IN_FORCE', 'REVOKED', 'EXPIRED')),
    revoked_at              timestamptz,
    revoked_reason          varchar(500),
    revoked_by_name         varchar(50),
    registered_by_name      varchar(50) not null,
    registered_by_subject   varchar(255) not null,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    version                 bigint not null default 0,
    constraint data_sharing_agreement_expires_after_start check (expires_on > starts_on),
    constraint data_sharing_agreement_revocation check ((status = 'REVOKED') = (revoked_at is not null)
        and (revoked_at is null) = (revoked_reason is null) and (revoked_at is null) = (revoked_by_name is null))
);
-- The one look-up of every app request: the client's agreement in force.
create unique index data_sharing_agreement_one_in_force_idx on data_sharing_agreement (client_id)
    where status = 'IN_FORCE';
create index data_sharing_agreement_list_idx on data_sharing_agreement (created_at desc, id);

-- Requests counted per client and window (a minute, a day), one atomic upsert per request, shared by every instance.
create table data_sharing_usage (
    client_id               varchar(100) not null,
    window_kind             varchar(6) not null check (window_kind in ('MINUTE', 'DAY')),
    window_start            timestamptz not null,
    requests                integer not null,
    primary key (client_id, window_kind, window_start)
);
