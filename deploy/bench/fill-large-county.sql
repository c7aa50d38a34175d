-- Grows one county of a province database to a large county (issue 15's progress-report benchmark: the report of a
-- 100,000-child county measured inside the province), set-based, after deploy/bench/fill-province.sql. Adds children
-- to the county's generated villages (townships 903 to 914, villages 201 to 220, which fill-province.sql created;
-- the demo's own villages keep their children) until the county holds :children children (default 100,000 in 沁水
-- 140521, the demo county officer's county), with the same year of visits and the same categories as
-- fill-province.sql. Deterministic; run once (a second run adds nothing, the county being full). With psql as the
-- database's owner, the service stopped:
--
--   psql -h 127.0.0.1 -p PORT -U tonghu -d tonghu -v children=100000 -v county=140521 -f deploy/bench/fill-large-county.sql
--
-- For a province of 1,000,000 children with one county of 100,000, run fill-province.sql with children=910000 first
-- (about 9,500 in each of its 96 counties), then this file (about 87,500 more in the county).
--
-- The user triggers of child and visit are off during the load, as in fill-province.sql; afterwards the county's
-- visit schedules are refreshed and its villages' open-file counts (village_child_count) recounted. The compliance
-- roll-up (visit_compliance_month) is not touched: the service's roll-up job builds villages without a build row, so
-- run this before the service's first start on the grown database (as fill-province.sql: its villages are new).
\set ON_ERROR_STOP on
\timing on
\if :{?children}
\else
\set children 100000
\endif
\if :{?county}
\else
\set county 140521
\endif

create temp table large_village as
select (row_number() over (order by r.code) - 1)::int as n, r.code
from region r
where r.code like :'county' || '%' and substr(r.code, 7, 3) between '903' and '914'
  and substr(r.code, 10, 3) between '201' and '220';
select count(*) as villages from large_village \gset
select greatest(:children - (select count(*) from child where residence_village_code like :'county' || '%'), 0)
       as extra \gset
\echo villages :villages, children to add :extra

alter table child disable trigger user;
alter table visit disable trigger user;

create temp table large_child as
select i, md5('bench-county-' || :'county' || '-child-' || i)::uuid as id,
       current_date - (case when i % 20 = 0 then i % 60 else 60 + (i::bigint * 7919 % 1400)::int end) as registered_on
from generate_series(1, :extra) i;

insert into child (id, name, gender, birth_date, id_number, household_region_code, residence_village_code, risk_level,
                   school_status, status, closed_reason, closed_on, registered_on, risk_level_since)
select c.id, '基准县儿童' || c.i, case when c.i % 2 = 0 then 'MALE' else 'FEMALE' end,
       date '2009-01-01' + (c.i * 7 % 5000), 'Q' || right(:'county', 5) || lpad(c.i::text, 12, '0'),
       left(v.code, 6) || '000000', v.code,
       case when c.i % 10 = 0 then 'HIGH' else 'STANDARD' end, 'IN_SCHOOL',
       case when c.i % 50 = 0 then 'CLOSED' else 'ACTIVE' end, case when c.i % 50 = 0 then 'MOVED_AWAY' end,
       case when c.i % 50 = 0 then current_date - (c.i % 200) end, c.registered_on, c.registered_on
from large_child c
join large_village v on v.n = c.i % :villages;

insert into child_category (child_id, category)
select id, 'LEFT_BEHIND' from large_child
union all
select id, 'DISABLED' from large_child where i % 10 = 0
union all
select id, 'LOW_INCOME_FAMILY' from large_child where i % 7 = 0;

-- a year of visits, as fill-province.sql (about 12 a child)
insert into visit (id, child_id, kind, contact_mode, visited_at, visited_on, visitor_role, visitor_name,
                   visitor_subject, persons_met, living_rating, study_rating, emotional_rating, notes)
select md5('bench-county-visit-' || c.id || '-' || m || '-' || k)::uuid, c.id, visit.kind,
       case when visit.kind = 'HOME_VISIT' then 'IN_HOME' when c.i % 2 = 0 then 'PHONE' else 'VIDEO' end,
       (visit.day + time '10:00') at time zone 'Asia/Shanghai', visit.day, 'DIRECTOR', '儿童主任', 'bench',
       '儿童', 'GOOD', 'GOOD', 'GOOD', '基准走访记录'
from large_child c
cross join generate_series(0, 11) m
cross join generate_series(0, 1) k
cross join lateral (
    select (date_trunc('month', current_date) - make_interval(months => m))::date
           + ((c.i * 31 + m * 17 + k * 11) % 28) as day,
           case when k = 0 and ((c.i % 10 = 0 and (c.i + m) % 100 < 85)
                                or (extract(month from current_date - make_interval(months => m))::int % 3 = 2
                                    and (c.i * 3 + m) % 100 < 88)) then 'HOME_VISIT' else 'CONTACT' end as kind) visit
where (c.i * 13 + m * 7) % 100 >= 8 and (k = 0 or (c.i + m) % 100 < 45)
  and visit.day <= current_date and visit.day >= c.registered_on;

alter table child enable trigger user;
alter table visit enable trigger user;

-- what the triggers would have kept: the schedules of the new children, the county's open-file counts
select refresh_visit_schedule(array(select id from large_child));
insert into village_child_count as r (village_code, open_files, high_risk)
select residence_village_code, count(*) filter (where status = 'ACTIVE'),
       count(*) filter (where status = 'ACTIVE' and risk_level = 'HIGH')
from child where residence_village_code in (select code from large_village)
group by residence_village_code
on conflict (village_code) do update set open_files = excluded.open_files, high_risk = excluded.high_risk;

-- vacuumed, not only analysed: autovacuum's insert threshold (a fifth of the table) would leave these visits' pages
-- out of the visibility map for long, which a county that grew over years would not have
vacuum (analyze) child, child_category, visit, visit_schedule;
analyze village_child_count;
select (select count(*) from child) as children,
       (select count(*) from child where residence_village_code like :'county' || '%') as county_children,
       (select count(*) from visit) as visits;
