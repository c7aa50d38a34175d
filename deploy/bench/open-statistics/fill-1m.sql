create table region (code varchar(12) collate "C" primary key, name varchar(100) not null, parent_code varchar(12) collate "C");
create index region_parent_code_idx on region (parent_code, code);
create table child (id uuid primary key, residence_village_code varchar(12) collate "C" not null, status varchar(20) not null,
  registered_on date not null, closed_on date, name varchar(50) not null default '某', filler text default repeat('x', 200));
create table child_category (child_id uuid not null, category varchar(30) not null, primary key (child_id, category));
create index child_category_category_idx on child_category (category, child_id);
insert into region values ('140000000000', '山西省', null);
insert into region select '14' || lpad(c::text, 2, '0') || '00000000', 'city' || c, '140000000000' from generate_series(1, 11) c;
insert into region select '14' || lpad(c::text, 2, '0') || lpad(k::text, 2, '0') || '000000', 'county', '14' || lpad(c::text, 2, '0') || '00000000'
  from generate_series(1, 11) c, generate_series(1, 9) k;
insert into region select substr(r.code, 1, 6) || (100 + t)::text || '000', 'township', r.code from region r, generate_series(1, 12) t where r.name = 'county';
insert into region select substr(r.code, 1, 9) || (200 + v)::text, 'village', r.code from region r, generate_series(1, 20) v where r.name = 'township';
create temp table villages as select row_number() over (order by code) - 1 as n, code from region where name = 'village';
insert into child (id, residence_village_code, status, registered_on, closed_on)
select gen_random_uuid(), v.code, case when i % 20 = 0 then 'CLOSED' else 'ACTIVE' end,
       date '2023-01-01' + (i % 1300), case when i % 20 = 0 then date '2024-01-01' + (i % 700) end
from generate_series(1, 1000000) i join villages v on v.n = i % (select count(*) from villages);
create index child_residence_idx on child (residence_village_code, id);
insert into child_category select id, (array['LEFT_BEHIND','ORPHAN','DE_FACTO_UNSUPPORTED','DISABLED','SERIOUSLY_ILL','LOW_INCOME_FAMILY','EXTREME_POVERTY_SUPPORT','SINGLE_PARENT_FAMILY'])[1 + abs(hashtext(id::text)) % 8] from child;
insert into child_category select id, 'LEFT_BEHIND' from child where abs(hashtext(id::text || 'x')) % 3 = 0 on conflict do nothing;
vacuum analyze;
select (select count(*) from region) regions, (select count(*) from child) children, (select count(*) from child_category) categories;
