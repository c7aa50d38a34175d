-- Grows a Tonghu database to a province (issue 13's report benchmark), set-based: every city of Shanxi, 9 generated
-- counties in each city but Jincheng (whose 6 counties exist), 12 generated townships of 20 villages in every county
-- (about 23,000 villages), then :children children spread evenly over them with a year of visits (about 12 a child:
-- a contact most months, a home visit most quarters, most months for high-risk children, some months missed), a
-- director in most villages, a supervisor per township, a county training per county and a demonstration training in
-- most cities. Deterministic. Run with psql as the database's owner on a database the service created (e.g. the
-- default demo data), with the service stopped:
--
--   psql -h 127.0.0.1 -p PORT -U tonghu -d tonghu -v children=1000000 -f deploy/bench/fill-province.sql
--
-- The user triggers of child and visit are switched off during the load (the schedule is refreshed and the new villages'
-- open-file counts are recounted once at the end, as the demo generator does), so it is not a measure of the writers.
\set ON_ERROR_STOP on
\timing on

insert into region (code, name, parent_code)
select city || '00000000', '生成市' || city, '140000000000'
from unnest(array['1401', '1402', '1403', '1404', '1405', '1406', '1407', '1408', '1409', '1410', '1411']) city
on conflict do nothing;
insert into region (code, name, parent_code)
select city || (90 + k)::text || '000000', '生成县' || city || k, city || '00000000'
from unnest(array['1401', '1402', '1403', '1404', '1406', '1407', '1408', '1409', '1410', '1411']) city,
     generate_series(1, 9) k
on conflict do nothing;
create temp table bench_county as
select code from region
where code like '14____000000' and code not like '14__00000000'
  and (substr(code, 5, 2) between '91' and '99' or left(code, 6) in ('140502', '140521', '140522', '140524', '140525',
                                                                     '140581'));
insert into region (code, name, parent_code)
select left(c.code, 6) || (902 + t)::text || '000', '生成' || left(c.code, 6) || '镇' || t, c.code
from bench_county c, generate_series(1, 12) t
on conflict do nothing;
insert into region (code, name, parent_code)
select left(c.code, 6) || (902 + t)::text || (200 + v)::text, '生成村' || (902 + t) || '-' || v,
       left(c.code, 6) || (902 + t)::text || '000'
from bench_county c, generate_series(1, 12) t, generate_series(1, 20) v
on conflict do nothing;
create temp table bench_village as
select (row_number() over (order by r.code) - 1)::int as n, r.code
from region r join bench_county c on left(r.code, 6) = left(c.code, 6)
where substr(r.code, 7, 3) between '903' and '914' and substr(r.code, 10, 3) between '201' and '220';
select count(*) as villages from bench_village \gset

alter table child disable trigger user;
alter table visit disable trigger user;

insert into child (id, name, gender, birth_date, id_number, household_region_code, residence_village_code, risk_level,
                   school_status, status, closed_reason, closed_on, registered_on, risk_level_since)
select md5('bench-child-' || i)::uuid, '基准儿童' || i, case when i % 2 = 0 then 'MALE' else 'FEMALE' end,
       date '2009-01-01' + (i * 7 % 5000), 'B' || lpad(i::text, 17, '0'), left(v.code, 6) || '000000', v.code,
       case when i % 10 = 0 then 'HIGH' else 'STANDARD' end, 'IN_SCHOOL',
       case when i % 50 = 0 then 'CLOSED' else 'ACTIVE' end, case when i % 50 = 0 then 'MOVED_AWAY' end,
       case when i % 50 = 0 then current_date - (i % 200) end,
       current_date - (case when i % 20 = 0 then i % 60 else 60 + (i::bigint * 7919 % 1400)::int end),
       current_date - (case when i % 20 = 0 then i % 60 else 60 + (i::bigint * 7919 % 1400)::int end)
from generate_series(1, :children) i
join bench_village v on v.n = i % :villages;

insert into child_category (child_id, category)
select md5('bench-child-' || i)::uuid, 'LEFT_BEHIND' from generate_series(1, :children) i
union all
select md5('bench-child-' || i)::uuid, 'DISABLED' from generate_series(1, :children) i where i % 10 = 0
union all
select md5('bench-child-' || i)::uuid, 'LOW_INCOME_FAMILY' from generate_series(1, :children) i where i % 7 = 0;

-- visits, a quarter of the children at a time
create temp table bench_child as
select i, md5('bench-child-' || i)::uuid as id, current_date - (case when i % 20 = 0 then i % 60
                                                                     else 60 + (i::bigint * 7919 % 1400)::int end) as registered_on
from generate_series(1, :children) i;
create index on bench_child (i);
select (:children + 3) / 4 as quarter \gset
insert into visit (id, child_id, kind, contact_mode, visited_at, visited_on, visitor_role, visitor_name,
                   visitor_subject, persons_met, living_rating, study_rating, emotional_rating, notes)
select md5('bench-visit-' || c.i || '-' || m || '-' || k)::uuid, c.id, visit.kind,
       case when visit.kind = 'HOME_VISIT' then 'IN_HOME' when c.i % 2 = 0 then 'PHONE' else 'VIDEO' end,
       (visit.day + time '10:00') at time zone 'Asia/Shanghai', visit.day, 'DIRECTOR', '儿童主任', 'bench',
       '儿童', 'GOOD', 'GOOD', 'GOOD', '基准走访记录'
from bench_child c
cross join generate_series(0, 11) m
cross join generate_series(0, 1) k
cross join lateral (
    select (date_trunc('month', current_date) - make_interval(months => m))::date
           + ((c.i * 31 + m * 17 + k * 11) % 28) as day,
           case when k = 0 and ((c.i % 10 = 0 and (c.i + m) % 100 < 85)
                                or (extract(month from current_date - make_interval(months => m))::int % 3 = 2
                                    and (c.i * 3 + m) % 100 < 88)) then 'HOME_VISIT' else 'CONTACT' end as kind) visit
where c.i <= :quarter and (c.i * 13 + m * 7) % 100 >= 8 and (k = 0 or (c.i + m) % 100 < 45)
  and visit.day <= current_date and visit.day >= c.registered_on;
insert into visit (id, child_id, kind, contact_mode, visited_at, visited_on, visitor_role, visitor_name,
                   visitor_subject, persons_met, living_rating, study_rating, emotional_rating, notes)
select md5('bench-visit-' || c.i || '-' || m || '-' || k)::uuid, c.id, visit.kind,
       case when visit.kind = 'HOME_VISIT' then 'IN_HOME' when c.i % 2 = 0 then 'PHONE' else 'VIDEO' end,
       (visit.day + time '10:00') at time zone 'Asia/Shanghai', visit.day, 'DIRECTOR', '儿童主任', 'bench',
       '儿童', 'GOOD', 'GOOD', 'GOOD', '基准走访记录'
from bench_child c
cross join generate_series(0, 11) m
cross join generate_series(0, 1) k
cross join lateral (
    select (date_trunc('month', current_date) - make_interval(months => m))::date
           + ((c.i * 31 + m * 17 + k * 11) % 28) as day,
           case when k = 0 and ((c.i % 10 = 0 and (c.i + m) % 100 < 85)
                                or (extract(month from current_date - make_interval(months => m))::int % 3 = 2
                                    and (c.i * 3 + m) % 100 < 88)) then 'HOME_VISIT' else 'CONTACT' end as kind) visit
where c.i > :quarter and c.i <= 2 * :quarter and (c.i * 13 + m * 7) % 100 >= 8 and (k = 0 or (c.i + m) % 100 < 45)
  and visit.day <= current_date and visit.day >= c.registered_on;
insert into visit (id, child_id, kind, contact_mode, visited_at, visited_on, visitor_role, visitor_name,
                   visitor_subject, persons_met, living_rating, study_rating, emotional_rating, notes)
select md5('bench-visit-' || c.i || '-' || m || '-' || k)::uuid, c.id, visit.kind,
       case when visit.kind = 'HOME_VISIT' then 'IN_HOME' when c.i % 2 = 0 then 'PHONE' else 'VIDEO' end,
       (visit.day + time '10:00') at time zone 'Asia/Shanghai', visit.day, 'DIRECTOR', '儿童主任', 'bench',
       '儿童', 'GOOD', 'GOOD', 'GOOD', '基准走访记录'
from bench_child c
cross join generate_series(0, 11) m
cross join generate_series(0, 1) k
cross join lateral (
    select (date_trunc('month', current_date) - make_interval(months => m))::date
           + ((c.i * 31 + m * 17 + k * 11) % 28) as day,
           case when k = 0 and ((c.i % 10 = 0 and (c.i + m) % 100 < 85)
                                or (extract(month from current_date - make_interval(months => m))::int % 3 = 2
                                    and (c.i * 3 + m) % 100 < 88)) then 'HOME_VISIT' else 'CONTACT' end as kind) visit
where c.i > 2 * :quarter and c.i <= 3 * :quarter and (c.i * 13 + m * 7) % 100 >= 8
  and (k = 0 or (c.i + m) % 100 < 45) and visit.day <= current_date and visit.day >= c.registered_on;
insert into visit (id, child_id, kind, contact_mode, visited_at, visited_on, visitor_role, visitor_name,
                   visitor_subject, persons_met, living_rating, study_rating, emotional_rating, notes)
select md5('bench-visit-' || c.i || '-' || m || '-' || k)::uuid, c.id, visit.kind,
       case when visit.kind = 'HOME_VISIT' then 'IN_HOME' when c.i % 2 = 0 then 'PHONE' else 'VIDEO' end,
       (visit.day + time '10:00') at time zone 'Asia/Shanghai', visit.day, 'DIRECTOR', '儿童主任', 'bench',
       '儿童', 'GOOD', 'GOOD', 'GOOD', '基准走访记录'
from bench_child c
cross join generate_series(0, 11) m
cross join generate_series(0, 1) k
cross join lateral (
    select (date_trunc('month', current_date) - make_interval(months => m))::date
           + ((c.i * 31 + m * 17 + k * 11) % 28) as day,
           case when k = 0 and ((c.i % 10 = 0 and (c.i + m) % 100 < 85)
                                or (extract(month from current_date - make_interval(months => m))::int % 3 = 2
                                    and (c.i * 3 + m) % 100 < 88)) then 'HOME_VISIT' else 'CONTACT' end as kind) visit
where c.i > 3 * :quarter and (c.i * 13 + m * 7) % 100 >= 8 and (k = 0 or (c.i + m) % 100 < 45)
  and visit.day <= current_date and visit.day >= c.registered_on;

alter table child enable trigger user;
alter table visit enable trigger user;

-- directors: one in most villages, two in some, none in every tenth; a supervisor per township
insert into appointment (id, kind, person_name, phone, region_code, starts_on)
select md5('bench-director-' || v.code || '-' || k)::uuid, 'DIRECTOR', '基准主任', '13800000000', v.code,
       current_date - 500
from bench_village v, generate_series(1, 2) k
where v.n % 10 <> 3 and (k = 1 or v.n % 17 = 0);
insert into appointment (id, kind, person_name, phone, region_code, starts_on)
select md5('bench-supervisor-' || t.code)::uuid, 'SUPERVISOR', '基准督导员', '13900000000', t.code, current_date - 500
from (select distinct left(code, 9) || '000' as code from bench_village) t;

-- training: a county session in every county this year, attended by most of the county's appointments; a
-- demonstration session in most cities
insert into training_session (id, level, region_code, organizer, held_on, topic, demonstration)
select md5('bench-training-' || c.code)::uuid, 'COUNTY', c.code, '县民政局', make_date(extract(year from current_date)::int, 3, 15),
       '儿童主任培训', false
from bench_county c;
insert into training_session (id, level, region_code, organizer, held_on, topic, demonstration)
select md5('bench-demonstration-' || city)::uuid, 'CITY', city || '00000000', '市民政局',
       make_date(extract(year from current_date)::int, 4, 20), '示范培训', true
from unnest(array['1401', '1402', '1403', '1404', '1405', '1406', '1407', '1408']) city;
insert into training_attendance (session_id, appointment_id)
select md5('bench-training-' || left(a.region_code, 6) || '000000')::uuid, a.id
from appointment a
where a.person_name in ('基准主任', '基准督导员') and abs(hashtext(a.id::text)) % 10 <> 0;

-- the schedule of every child, once (the triggers were off), and the open-file counts of the new villages (kept by
-- the child triggers, V22), then statistics
select refresh_visit_schedule(null);
insert into village_child_count as r (village_code, open_files, high_risk)
select residence_village_code, count(*) filter (where status = 'ACTIVE'),
       count(*) filter (where status = 'ACTIVE' and risk_level = 'HIGH')
from child where residence_village_code in (select code from bench_village)
group by residence_village_code
on conflict (village_code) do update set open_files = excluded.open_files, high_risk = excluded.high_risk;
analyze child; analyze child_category; analyze visit; analyze visit_schedule; analyze region; analyze appointment; analyze training_session; analyze training_attendance;
select (select count(*) from child) as children, (select count(*) from visit) as visits,
       (select count(*) from region) as regions, (select count(*) from appointment) as appointments;
