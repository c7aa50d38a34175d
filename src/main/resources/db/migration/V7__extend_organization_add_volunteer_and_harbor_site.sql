-- Organizations get contact details; volunteers belong to an organization; Tongxin Harbor sites are run by one.
alter table organization
    add column contact_name  varchar(50),
    add column contact_phone varchar(20),
    add column created_at    timestamptz not null default now(),
    add column updated_at    timestamptz not null default now();
create index organization_name_idx on organization (name, id);

create table volunteer (
    id                          uuid primary key,
    organization_id             uuid not null references organization (id),
    person_name                 varchar(50) not null,
    phone                       varchar(20),
    skills                      varchar(300),
    active                      boolean not null default true,
    background_check_expires_on date,
    created_at                  timestamptz not null default now(),
    updated_at                  timestamptz not null default now(),
    version                     bigint not null default 0
);
create index volunteer_organization_idx on volunteer (organization_id, person_name, id);

create table harbor_site (
    id                         uuid primary key,
    name                       varchar(100) not null,
    village_code               varchar(12) collate "C" not null references region (code),
    operating_organization_id  uuid not null references organization (id),
    created_at                 timestamptz not null default now(),
    updated_at                 timestamptz not null default now(),
    version                    bigint not null default 0
);
create index harbor_site_village_idx on harbor_site (village_code, id);
create index harbor_site_organization_idx on harbor_site (operating_organization_id, id);
