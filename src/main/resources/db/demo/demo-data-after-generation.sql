-- Demo fixtures that draw from the generated county too; run at every start after the generator (idempotent).

-- File spot checks (抽查): Qinshui's check of this year, 5 files per township with the seed 'demo', drawn as the
-- service draws (SpotCheckStore.draw: md5(seed || child id) per township over the files open the day before) and
-- pre-filled as the service pre-fills. Two files of 沁水演示一镇 are scored; their failed items are rectification tasks
-- in every state: open, overdue, done (waiting for the checker) and confirmed. No alerts are written for them.
insert into spot_check (id, region_code, year, files_per_township, seed, population_on, opened_by_name,
                        opened_by_subject, opened_at)
select '00000000-0000-4000-8000-00000000f5c1', '140521000000',
       extract(year from now() at time zone 'Asia/Shanghai')::int, 5, 'demo',
       (now() at time zone 'Asia/Shanghai')::date - 1, '沁水县民政局 张丽', 'demo-county-officer', now()
on conflict do nothing;

insert into spot_check_file (id, spot_check_id, child_id, township_code, village_code, draw_rank,
                             guardians_recorded, visits_on_schedule, concerns_followed_up)
select gen_random_uuid(), s.id, d.id, d.township, d.village, d.rank,
       exists (select 1 from child_guardian g where g.child_id = d.id),
       coalesce((select v.contact_due_on >= current_date and v.home_visit_due_on >= current_date
                 from visit_schedule v where v.child_id = d.id), false),
       not exists (select 1 from concern k where k.child_id = d.id and k.status = 'OPEN'
                   and k.raised_on < current_date - 30)
from spot_check s
cross join lateral (
    select r.id, r.township, r.village, r.rank from (
        select c.id, substr(c.residence_village_code, 1, 9) || '000' as township, c.residence_village_code as village,
               row_number() over (partition by substr(c.residence_village_code, 1, 9)
                                  order by md5(s.seed || c.id::text) collate "C", c.id) as rank
        from child c
        where c.residence_village_code like '140521%' and c.registered_on <= s.population_on
          and (c.closed_on is null or c.closed_on > s.population_on)) r
    where r.rank <= s.files_per_township) d
where s.id = '00000000-0000-4000-8000-00000000f5c1'
  and not exists (select 1 from spot_check_file f where f.spot_check_id = s.id);

-- the checker's verdicts on the first two files of 沁水演示一镇 (the data's items stand as pre-filled)
create temporary table demo_spot_check_verdict on commit drop as
select f.id as file_id, v.item, v.passed
from (select f.*, row_number() over (order by f.draw_rank) as n from spot_check_file f
      where f.spot_check_id = '00000000-0000-4000-8000-00000000f5c1' and f.township_code = '140521901000'
        and f.scored_at is null) f
join (values (1, 'CARE_PLAN_PRESENT', true), (1, 'INFORMATION_ACCURATE', true), (1, 'SIGNATURES_PRESENT', false),
             (1, 'PHOTOS_PRESENT', false),
             (2, 'CARE_PLAN_PRESENT', false), (2, 'INFORMATION_ACCURATE', false), (2, 'SIGNATURES_PRESENT', true),
             (2, 'PHOTOS_PRESENT', true)) as v(n, item, passed) on v.n = f.n
where not exists (select 1 from spot_check_item i join spot_check_file g on g.id = i.file_id
                  where g.spot_check_id = '00000000-0000-4000-8000-00000000f5c1');

insert into spot_check_item (file_id, item, prefilled, passed, note)
select d.file_id, d.item, d.prefilled, d.passed, null
from (select v.file_id, v.item, null::boolean as prefilled, v.passed from demo_spot_check_verdict v
      union all
      select f.id, x.item, x.prefilled, x.prefilled from spot_check_file f
      cross join lateral (values ('GUARDIANS_RECORDED', f.guardians_recorded),
                                 ('VISITS_ON_SCHEDULE', f.visits_on_schedule),
                                 ('CONCERNS_FOLLOWED_UP', f.concerns_followed_up)) as x(item, prefilled)
      where f.id in (select file_id from demo_spot_check_verdict)) d;

update spot_check_file f
set score = round(100.0 * (select count(*) filter (where i.passed) from spot_check_item i where i.file_id = f.id) / 7),
    passed = not exists (select 1 from spot_check_item i where i.file_id = f.id and not i.passed),
    scored_by_name = '沁水县民政局 张丽', scored_at = now() - interval '20 days'
where f.id in (select file_id from demo_spot_check_verdict);

insert into rectification_task (id, spot_check_id, file_id, item, child_id, village_code, director_appointment_id,
                                director_name, due_on, status, done_note, done_by_name, done_at, confirmed_by_name,
                                confirmed_at)
select gen_random_uuid(), f.spot_check_id, f.id, i.item, f.child_id, c.residence_village_code, a.id, a.person_name,
       case i.item when 'CARE_PLAN_PRESENT' then current_date - 3 else current_date + 10 end,
       t.status,
       case when t.status <> 'OPEN' then '已补齐并请村委会盖章' end,
       case when t.status <> 'OPEN' then coalesce(a.person_name, '儿童主任') end,
       case when t.status <> 'OPEN' then now() - interval '2 days' end,
       case when t.status = 'CONFIRMED' then '沁水县民政局 张丽' end,
       case when t.status = 'CONFIRMED' then now() - interval '1 day' end
from spot_check_item i
join spot_check_file f on f.id = i.file_id
join child c on c.id = f.child_id
cross join lateral (select case i.item when 'SIGNATURES_PRESENT' then 'DONE' when 'INFORMATION_ACCURATE'
                               then 'CONFIRMED' else 'OPEN' end as status) t
left join lateral (select p.id, p.person_name from appointment p
                   where p.kind = 'DIRECTOR' and p.region_code = c.residence_village_code and p.starts_on <= current_date
                     and (p.ends_on is null or p.ends_on >= current_date)
                   order by p.starts_on, p.id limit 1) a on true
where i.file_id in (select file_id from demo_spot_check_verdict) and not i.passed;
