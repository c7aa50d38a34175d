-- Agencies and partners that use Tonghu: civil affairs, the Youth League, the Women's Federation, NGOs, ...
create table organization (
    id          uuid primary key,
    name        varchar(200) not null,
    kind        varchar(40) not null,
    region_code varchar(12) collate "C" not null references region (code),
    version     bigint not null default 0,
    constraint organization_kind_is_known check (kind in (
        'YOUTH_LEAGUE', 'WOMENS_FEDERATION', 'DISABLED_PERSONS_FEDERATION', 'CIVIL_AFFAIRS', 'EDUCATION', 'SCHOOL',
        'PUBLIC_SECURITY', 'COURT', 'PROCURATORATE', 'JUSTICE', 'HEALTH', 'HUMAN_RESOURCES', 'EMERGENCY_MANAGEMENT',
        'CYBERSPACE', 'CHILD_WELFARE_INSTITUTION', 'MINOR_PROTECTION_CENTER', 'NGO'))
);

create index organization_region_code_idx on organization (region_code);
