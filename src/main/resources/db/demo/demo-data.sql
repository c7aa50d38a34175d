-- Demo data for local mode and tests: synthetic townships and villages under the real Jincheng counties,
-- and the organizations the demo users belong to. Never loaded with an external database.
-- Township codes 9xx and their names ("演示") mark them as synthetic. Idempotent: safe to load at every start.
insert into region (code, name, parent_code)
select county.code_prefix || township.number || '000', county.short_name || township.name, county.code
from (values ('140502', '城区', '140502000000'),
             ('140521', '沁水', '140521000000'),
             ('140522', '阳城', '140522000000'),
             ('140524', '陵川', '140524000000'),
             ('140525', '泽州', '140525000000'),
             ('140581', '高平', '140581000000')) as county(code_prefix, short_name, code)
cross join (values ('901', '演示一镇'), ('902', '演示二镇')) as township(number, name)
on conflict (code) do nothing;

insert into region (code, name, parent_code)
select substr(township.code, 1, 9) || village.number, township.name || village.name, township.code
from region township
cross join (values ('201', '东村'), ('202', '西村'), ('203', '南村')) as village(number, name)
where township.code like '1405%' and substr(township.code, 7, 3) in ('901', '902') and township.code like '%000'
on conflict (code) do nothing;

insert into organization (id, name, kind, region_code) values
    ('00000000-0000-4000-8000-000000000101', '晋城市民政局', 'CIVIL_AFFAIRS', '140500000000'),
    ('00000000-0000-4000-8000-000000000102', '晋城市妇女联合会', 'WOMENS_FEDERATION', '140500000000'),
    ('00000000-0000-4000-8000-000000000103', '共青团晋城市委员会', 'YOUTH_LEAGUE', '140500000000'),
    ('00000000-0000-4000-8000-000000000104', '晋城市残疾人联合会', 'DISABLED_PERSONS_FEDERATION', '140500000000'),
    ('00000000-0000-4000-8000-000000000105', '晋城市演示儿童服务中心', 'NGO', '140500000000'),
    ('00000000-0000-4000-8000-000000000106', '沁水县民政局', 'CIVIL_AFFAIRS', '140521000000'),
    ('00000000-0000-4000-8000-000000000107', '沁水县卫生健康局', 'HEALTH', '140521000000'),
    ('00000000-0000-4000-8000-000000000108', '沁水县公安局', 'PUBLIC_SECURITY', '140521000000'),
    ('00000000-0000-4000-8000-000000000109', '沁水县教育局', 'EDUCATION', '140521000000')
on conflict (id) do nothing;

-- Children of the demo and the tests (synthetic names; ID numbers with valid check characters).
insert into child (id, name, gender, birth_date, id_number, household_region_code, residence_village_code, disability_kind,
                   disability_grade, risk_level, school_name, school_grade, school_status, registered_on, risk_level_since) values
    ('00000000-0000-4000-8000-000000001001', '王小明', 'MALE', '2015-03-08', '140521201503080112', '140521000000', '140521901201', null, null, 'STANDARD', '沁水演示一镇东村小学', '三年级', 'IN_SCHOOL', '2025-06-01', '2025-06-01'),
    ('00000000-0000-4000-8000-000000001002', '王小红', 'FEMALE', '2017-09-21', '140521201709210226', '140521000000', '140521901201', null, null, 'HIGH', '沁水演示一镇东村小学', '一年级', 'IN_SCHOOL', '2025-06-01', '2025-06-01'),
    ('00000000-0000-4000-8000-000000001003', '李华', 'MALE', '2012-11-30', '140521201211300355', '140521000000', '140521902201', '肢体残疾', 2, 'HIGH', null, null, 'DROPPED_OUT', '2025-06-01', '2025-06-01'),
    ('00000000-0000-4000-8000-000000001004', '赵磊', 'MALE', '2014-06-01', '140522201406010418', '140522000000', '140522901201', null, null, 'STANDARD', '阳城演示一镇东村小学', '四年级', 'IN_SCHOOL', '2025-06-01', '2025-06-01'),
    ('00000000-0000-4000-8000-000000001005', '孙丽', 'FEMALE', '2016-01-15', '140522201601150520', '140522000000', '140522901202', null, null, 'STANDARD', '阳城演示一镇西村小学', '二年级', 'IN_SCHOOL', '2025-06-01', '2025-06-01')
on conflict (id) do nothing;

insert into child_category (child_id, category) values
    ('00000000-0000-4000-8000-000000001001', 'LEFT_BEHIND'),
    ('00000000-0000-4000-8000-000000001002', 'LEFT_BEHIND'),
    ('00000000-0000-4000-8000-000000001002', 'SINGLE_PARENT_FAMILY'),
    ('00000000-0000-4000-8000-000000001003', 'DISABLED'),
    ('00000000-0000-4000-8000-000000001004', 'ORPHAN'),
    ('00000000-0000-4000-8000-000000001005', 'LEFT_BEHIND')
on conflict do nothing;

insert into child_risk_factor (child_id, risk_factor) values
    ('00000000-0000-4000-8000-000000001002', 'SINGLE_PARENT_FAMILY'),
    ('00000000-0000-4000-8000-000000001003', 'CHILD_DISABILITY')
on conflict do nothing;

insert into guardian (id, name, phone, workplace, works_away, capacity, capacity_note, region_code) values
    ('00000000-0000-4000-8000-000000002001', '王建国', '13800000001', '江苏省苏州市（务工）', true, 'ABLE', null, '140521901201'),
    ('00000000-0000-4000-8000-000000002002', '张桂兰', '13800000002', null, false, 'LIMITED', '年迈，行动不便', '140521901201'),
    ('00000000-0000-4000-8000-000000002003', '赵志强', '13800000003', '北京市（务工）', true, 'ABLE', null, '140522901201')
on conflict (id) do nothing;

-- 张桂兰 cares for a grandchild in Qinshui and one in Yangcheng: each county sees only its own child.
insert into child_guardian (child_id, guardian_id, relationship, legal_guardian, entrusted_caregiver) values
    ('00000000-0000-4000-8000-000000001001', '00000000-0000-4000-8000-000000002001', 'FATHER', true, false),
    ('00000000-0000-4000-8000-000000001002', '00000000-0000-4000-8000-000000002001', 'FATHER', true, false),
    ('00000000-0000-4000-8000-000000001001', '00000000-0000-4000-8000-000000002002', 'GRANDPARENT', false, true),
    ('00000000-0000-4000-8000-000000001004', '00000000-0000-4000-8000-000000002002', 'GRANDPARENT', false, true),
    ('00000000-0000-4000-8000-000000001004', '00000000-0000-4000-8000-000000002003', 'OTHER_RELATIVE', true, false)
on conflict do nothing;

-- Relationship fixtures (later: pairings, services, activities): the Women's Federation works with 孙丽 now;
-- the Youth League's work with 赵磊 has ended.
insert into child_organization_relationship (child_id, organization_id, kind, source_id, active_from, active_until) values
    ('00000000-0000-4000-8000-000000001005', '00000000-0000-4000-8000-000000000102', 'FIXTURE', '00000000-0000-4000-8000-000000003001', '2024-01-01', null),
    ('00000000-0000-4000-8000-000000001004', '00000000-0000-4000-8000-000000000103', 'FIXTURE', '00000000-0000-4000-8000-000000003002', '2024-01-01', '2024-12-31')
on conflict do nothing;

-- Directors and supervisors: 沁水演示一镇东村 has a current director and a former one.
insert into appointment (id, kind, person_name, phone, region_code, starts_on, ends_on) values
    ('00000000-0000-4000-8000-000000004001', 'DIRECTOR', '陈静', '13900000001', '140521901201', '2023-03-01', null),
    ('00000000-0000-4000-8000-000000004002', 'DIRECTOR', '高明', '13900000002', '140521901201', '2019-01-01', '2023-02-28'),
    ('00000000-0000-4000-8000-000000004003', 'SUPERVISOR', '刘芳', '13900000003', '140521901000', '2022-06-01', null),
    ('00000000-0000-4000-8000-000000004004', 'DIRECTOR', '杨帆', '13900000004', '140522901201', '2024-01-01', null)
on conflict (id) do nothing;

-- Volunteers of the Women's Federation, one of them with an expired background check.
insert into volunteer (id, organization_id, person_name, phone, skills, active, background_check_expires_on) values
    ('00000000-0000-4000-8000-000000005001', '00000000-0000-4000-8000-000000000102', '何丽娟', '13700000001', '心理辅导', true, '2030-12-31'),
    ('00000000-0000-4000-8000-000000005002', '00000000-0000-4000-8000-000000000102', '罗秀梅', '13700000002', '学业辅导', true, '2024-06-30')
on conflict (id) do nothing;

insert into harbor_site (id, name, village_code, operating_organization_id) values
    ('00000000-0000-4000-8000-000000006001', '沁水演示一镇东村童心港湾', '140521901201', '00000000-0000-4000-8000-000000000103')
on conflict (id) do nothing;

-- Pairings: 何丽娟 is 孙丽's loving mother (check-ins every two weeks); an academic pairing with 赵磊 has ended.
insert into pairing (id, organization_id, volunteer_id, child_id, kind, starts_on, planned_end_on, goals,
                     check_in_interval_days, status, ended_on, end_reason) values
    ('00000000-0000-4000-8000-000000007001', '00000000-0000-4000-8000-000000000102', '00000000-0000-4000-8000-000000005001',
     '00000000-0000-4000-8000-000000001005', 'LOVING_MOTHER', '2025-09-01', '2027-08-31', '每两周联系一次，关注学习和情绪',
     14, 'ACTIVE', null, null),
    ('00000000-0000-4000-8000-000000007002', '00000000-0000-4000-8000-000000000102', '00000000-0000-4000-8000-000000005001',
     '00000000-0000-4000-8000-000000001004', 'ACADEMIC_BUDDY', '2024-03-01', '2024-12-31', '数学辅导',
     14, 'ENDED', '2024-12-31', '按计划结束')
on conflict (id) do nothing;
insert into pairing_contact (id, pairing_id, contacted_on, mode, notes, recorded_by_name, recorded_by_subject) values
    ('00000000-0000-4000-8000-000000007101', '00000000-0000-4000-8000-000000007001', '2025-09-06', 'MEETING', '第一次见面，一起读书', '晋城市妇联 周红', 'demo'),
    ('00000000-0000-4000-8000-000000007102', '00000000-0000-4000-8000-000000007001', '2025-09-20', 'PHONE', '电话聊学校生活', '晋城市妇联 周红', 'demo')
on conflict (id) do nothing;
insert into child_organization_relationship (child_id, organization_id, kind, source_id, active_from, active_until) values
    ('00000000-0000-4000-8000-000000001005', '00000000-0000-4000-8000-000000000102', 'PAIRING', '00000000-0000-4000-8000-000000007001', '2025-09-01', null),
    ('00000000-0000-4000-8000-000000001004', '00000000-0000-4000-8000-000000000102', 'PAIRING', '00000000-0000-4000-8000-000000007002', '2024-03-01', '2024-12-31')
on conflict do nothing;

-- Referrals in every state: pending past its deadline, accepted, declined and closed with an outcome.
insert into referral (id, child_id, from_organization_id, from_region_code, referred_by_name, referred_by_subject,
                      to_organization_id, need_category, need, urgency, consent_basis, status, referred_at, respond_by,
                      responded_at, responded_by_name, decline_reason, outcome, closed_on) values
    ('00000000-0000-4000-8000-000000008001', '00000000-0000-4000-8000-000000001003', null, '140521000000',
     '沁水县民政局 张丽', 'demo', '00000000-0000-4000-8000-000000000104', 'REHABILITATION', '肢体残疾，需要康复评估和辅具适配',
     'URGENT', 'GUARDIAN_CONSENT', 'PENDING', '2025-10-01 09:00+08', '2025-10-03 09:00+08', null, null, null, null, null),
    ('00000000-0000-4000-8000-000000008002', '00000000-0000-4000-8000-000000001001', null, '140521901201',
     '沁水演示一镇东村 儿童主任 陈静', 'demo', '00000000-0000-4000-8000-000000000107', 'MENTAL_HEALTH', '情绪低落，需要心理评估',
     'ROUTINE', 'CHILD_AND_GUARDIAN_CONSENT', 'ACCEPTED', '2025-11-03 10:00+08', '2025-11-10 10:00+08',
     '2025-11-05 15:00+08', '沁水县卫生健康局 王医生', null, null, null),
    ('00000000-0000-4000-8000-000000008003', '00000000-0000-4000-8000-000000001005', '00000000-0000-4000-8000-000000000102', null,
     '晋城市妇联 周红', 'demo', '00000000-0000-4000-8000-000000000103', 'FAMILY_SUPPORT', '希望参加童心港湾周末活动',
     'ROUTINE', 'GUARDIAN_CONSENT', 'DECLINED', '2025-09-10 10:00+08', '2025-09-17 10:00+08',
     '2025-09-12 11:00+08', '共青团晋城市委 吴涛', '孩子所在村暂无童心港湾，已建议就近学校活动', null, null),
    ('00000000-0000-4000-8000-000000008004', '00000000-0000-4000-8000-000000001002', null, '140521901201',
     '沁水演示一镇东村 儿童主任 陈静', 'demo', '00000000-0000-4000-8000-000000000106', 'BENEFITS', '单亲家庭，申请低保',
     'ROUTINE', 'GUARDIAN_CONSENT', 'CLOSED', '2025-07-01 10:00+08', '2025-07-08 10:00+08',
     '2025-07-02 09:00+08', '沁水县民政局 张丽', null, '已纳入最低生活保障，每月发放', '2025-08-15')
on conflict (id) do nothing;
insert into child_organization_relationship (child_id, organization_id, kind, source_id, active_from, active_until) values
    ('00000000-0000-4000-8000-000000001003', '00000000-0000-4000-8000-000000000104', 'REFERRAL', '00000000-0000-4000-8000-000000008001', '2025-10-01', null),
    ('00000000-0000-4000-8000-000000001001', '00000000-0000-4000-8000-000000000107', 'REFERRAL', '00000000-0000-4000-8000-000000008002', '2025-11-03', null),
    ('00000000-0000-4000-8000-000000001005', '00000000-0000-4000-8000-000000000103', 'REFERRAL', '00000000-0000-4000-8000-000000008003', '2025-09-10', '2025-09-11'),
    ('00000000-0000-4000-8000-000000001002', '00000000-0000-4000-8000-000000000106', 'REFERRAL', '00000000-0000-4000-8000-000000008004', '2025-07-01', '2025-08-15')
on conflict do nothing;

-- 李华's rehabilitation pathway with the Disabled Persons' Federation: screened, assessed, fitted with a device,
-- in training; an earlier training was discontinued.
insert into rehabilitation_record (id, child_id, organization_id, kind, provider, starts_on, ends_on, funding_source, status,
                                   findings, device, sessions_planned, sessions_completed, outcome, recorded_by_name,
                                   recorded_by_subject) values
    ('00000000-0000-4000-8000-000000009001', '00000000-0000-4000-8000-000000001003', '00000000-0000-4000-8000-000000000104',
     'SCREENING', '沁水县残疾人康复中心', '2025-03-10', '2025-03-10', null, 'COMPLETED', '下肢功能障碍，建议评估', null, null, null,
     '转入评估', '晋城市残联 演示', 'demo'),
    ('00000000-0000-4000-8000-000000009002', '00000000-0000-4000-8000-000000001003', '00000000-0000-4000-8000-000000000104',
     'ASSESSMENT', '晋城市儿童康复医院', '2025-04-02', '2025-04-02', null, 'COMPLETED', '肢体残疾二级，适配轮椅并康复训练',
     null, null, null, '制定康复计划', '晋城市残联 演示', 'demo'),
    ('00000000-0000-4000-8000-000000009003', '00000000-0000-4000-8000-000000001003', '00000000-0000-4000-8000-000000000104',
     'ASSISTIVE_DEVICE', '晋城市辅具中心', '2025-05-15', '2025-05-20', 'DISABLED_PERSONS_FEDERATION_PROGRAM', 'COMPLETED',
     null, '儿童轮椅', null, null, '已适配并交付', '晋城市残联 演示', 'demo'),
    ('00000000-0000-4000-8000-000000009004', '00000000-0000-4000-8000-000000001003', '00000000-0000-4000-8000-000000000104',
     'REHABILITATION_TRAINING', '沁水县残疾人康复中心', '2025-04-20', '2025-05-10', 'MEDICAL_ASSISTANCE', 'DISCONTINUED',
     null, null, 30, 6, '路途远，改为就近训练', '晋城市残联 演示', 'demo'),
    ('00000000-0000-4000-8000-000000009005', '00000000-0000-4000-8000-000000001003', '00000000-0000-4000-8000-000000000104',
     'REHABILITATION_TRAINING', '沁水演示一镇卫生院康复室', '2025-06-01', null, 'DISABLED_PERSONS_FEDERATION_PROGRAM',
     'IN_PROGRESS', null, null, 48, 20, null, '晋城市残联 演示', 'demo')
on conflict (id) do nothing;
insert into child_organization_relationship (child_id, organization_id, kind, source_id, active_from, active_until) values
    ('00000000-0000-4000-8000-000000001003', '00000000-0000-4000-8000-000000000104', 'REHABILITATION', '00000000-0000-4000-8000-000000009005', '2025-06-01', null)
on conflict do nothing;
insert into rehabilitation_record (id, child_id, organization_id, kind, provider, starts_on, ends_on, funding_source, status,
                                   findings, device, sessions_planned, sessions_completed, outcome, recorded_by_name,
                                   recorded_by_subject) values
    ('00000000-0000-4000-8000-000000009006', '00000000-0000-4000-8000-000000001003', '00000000-0000-4000-8000-000000000104',
     'SURGERY', '山西省儿童医院', '2027-03-01', null, 'MEDICAL_ASSISTANCE', 'PLANNED', null, null, null, null, null,
     '晋城市残联 演示', 'demo')
on conflict (id) do nothing;

-- Activities in every state: Tongxin Harbor events of the Youth League (reported with attendance, held, planned,
-- cancelled), and the Qinshui civil affairs bureau's safety education in a village this year.
insert into activity (id, organization_id, kind, safety_topics, title, place_kind, harbor_site_id, school_organization_id,
                      region_code, place_note, starts_at, ends_at, class_hours, vice_principal_id, staff_names, status,
                      report, cancel_reason) values
    ('00000000-0000-4000-8000-00000000a001', '00000000-0000-4000-8000-000000000103', 'TONGXIN_HARBOR_EVENT', '{}',
     '童心港湾暑期读书会', 'HARBOR_SITE', '00000000-0000-4000-8000-000000006001', null, '140521901201', null,
     '2025-07-12 09:00+08', '2025-07-12 11:00+08', 2.0, null, '团委 吴涛', 'REPORTED', '12名儿童参加，共读绘本并分享', null),
    ('00000000-0000-4000-8000-00000000a002', '00000000-0000-4000-8000-000000000103', 'FESTIVAL_CARE', '{}',
     '中秋节关爱活动', 'HARBOR_SITE', '00000000-0000-4000-8000-000000006001', null, '140521901201', null,
     '2025-10-05 15:00+08', '2025-10-05 17:00+08', 2.0, null, '团委 吴涛', 'HELD', null, null),
    ('00000000-0000-4000-8000-00000000a003', '00000000-0000-4000-8000-000000000103', 'READING_AND_PLAY', '{}',
     '寒假陪伴计划', 'HARBOR_SITE', '00000000-0000-4000-8000-000000006001', null, '140521901201', null,
     '2027-01-20 09:00+08', '2027-01-20 11:00+08', 2.0, null, null, 'PLANNED', null, null),
    ('00000000-0000-4000-8000-00000000a004', '00000000-0000-4000-8000-000000000103', 'RED_SCARF_CLASS', '{}',
     '红领巾学堂', 'HARBOR_SITE', '00000000-0000-4000-8000-000000006001', null, '140521901201', null,
     '2025-08-20 09:00+08', '2025-08-20 10:00+08', 1.0, null, null, 'CANCELLED', null, '暴雨预警'),
    ('00000000-0000-4000-8000-00000000a005', '00000000-0000-4000-8000-000000000106', 'SAFETY_EDUCATION', '{DROWNING,ROAD_SAFETY}',
     '防溺水和交通安全进村', 'VILLAGE', null, null, '140521901201', '村委会', '2026-06-20 09:00+08', '2026-06-20 11:00+08',
     2.0, null, '沁水县民政局 张丽', 'HELD', null, null)
on conflict (id) do nothing;
insert into activity_attendance (activity_id, child_id) values
    ('00000000-0000-4000-8000-00000000a001', '00000000-0000-4000-8000-000000001001'),
    ('00000000-0000-4000-8000-00000000a001', '00000000-0000-4000-8000-000000001002'),
    ('00000000-0000-4000-8000-00000000a005', '00000000-0000-4000-8000-000000001001')
on conflict do nothing;
insert into child_organization_relationship (child_id, organization_id, kind, source_id, active_from, active_until) values
    ('00000000-0000-4000-8000-000000001001', '00000000-0000-4000-8000-000000000103', 'ATTENDANCE', '00000000-0000-4000-8000-00000000a001', '2025-07-12', '2025-10-10'),
    ('00000000-0000-4000-8000-000000001002', '00000000-0000-4000-8000-000000000103', 'ATTENDANCE', '00000000-0000-4000-8000-00000000a001', '2025-07-12', '2025-10-10')
on conflict do nothing;

-- Where the reports of Qinshui go: its county bodies above (the generated data adds a body of each kind to every
-- county, so without routes Qinshui's reports would also go to the generated ones).
insert into report_routing (region_code, receiver_kind, organization_id, updated_by_name) values
    ('140521000000', 'PUBLIC_SECURITY', '00000000-0000-4000-8000-000000000108', '演示数据'),
    ('140521000000', 'CIVIL_AFFAIRS', '00000000-0000-4000-8000-000000000106', '演示数据'),
    ('140521000000', 'EDUCATION', '00000000-0000-4000-8000-000000000109', '演示数据')
on conflict do nothing;

-- Mandatory reports in every state, for the demo and the tests, with times relative to the first load: open (within
-- its deadline), acknowledged with a step, closed by every receiver with outcomes, and escalated (an unregistered
-- child in immediate danger whose receipts nobody acknowledged: to the city at the deadline, to the province after).
-- Filed by the village director 陈静 (subject of DemoUser village.director) and the Women's Federation's 周红.
insert into protection_report (id, child_id, child_name, child_approximate_age, child_region_code,
        guardian_description, county_code, category, observed, discovered_at, immediate_danger, action_taken,
        reporter_subject, reporter_name, reporter_organization_id, reporter_region_code, filed_at) values
    ('00000000-0000-4000-8000-00000000b001', '00000000-0000-4000-8000-000000001001', null, null, '140521901201', null,
     '140521000000', 'NEGLECT', '祖母住院，孩子连续三天独自在家，无人做饭', now() - interval '10 minutes', false,
     '联系邻居暂时照看', 'f568b47c-d1c7-3578-93bd-d43dce90c483', '沁水演示一镇东村 儿童主任 陈静', null,
     '140521901201', now() - interval '5 minutes'),
    ('00000000-0000-4000-8000-00000000b002', '00000000-0000-4000-8000-000000001002', null, null, '140521901201', null,
     '140521000000', 'BULLYING', '在校多次被高年级学生索要财物并殴打', now() - interval '2 days', false, null,
     'f568b47c-d1c7-3578-93bd-d43dce90c483', '沁水演示一镇东村 儿童主任 陈静', null, '140521901201',
     now() - interval '2 days'),
    ('00000000-0000-4000-8000-00000000b003', '00000000-0000-4000-8000-000000001001', null, null, '140521901201', null,
     '140521000000', 'DANGEROUS_ENVIRONMENT', '住房墙体开裂，雨季有倒塌危险', now() - interval '20 days', false,
     '已劝说家人暂住亲戚家', 'f63588e4-4cfb-366d-b716-dfe3f49d1f7b', '晋城市妇联 周红',
     '00000000-0000-4000-8000-000000000102', '140500000000', now() - interval '20 days'),
    ('00000000-0000-4000-8000-00000000b004', null, '小军', 9, '140521902202', '外祖父，姓名不详',
     '140521000000', 'PHYSICAL_ABUSE', '孩子身上多处新旧伤痕，自述被继父殴打', now() - interval '3 hours', true,
     '已将孩子带到村委会', 'f568b47c-d1c7-3578-93bd-d43dce90c483', '沁水演示一镇东村 儿童主任 陈静', null,
     '140521901201', now() - interval '3 hours')
on conflict (id) do nothing;
insert into protection_report_receipt (id, report_id, organization_id, receiver_kind, status, acknowledge_by,
        acknowledged_at, acknowledged_by_name, outcome, closed_at, closed_by_name) values
    ('00000000-0000-4000-8000-00000000b101', '00000000-0000-4000-8000-00000000b001',
     '00000000-0000-4000-8000-000000000108', 'PUBLIC_SECURITY', 'OPEN', now() + interval '23 hours 55 minutes',
     null, null, null, null, null),
    ('00000000-0000-4000-8000-00000000b102', '00000000-0000-4000-8000-00000000b001',
     '00000000-0000-4000-8000-000000000106', 'CIVIL_AFFAIRS', 'OPEN', now() + interval '23 hours 55 minutes',
     null, null, null, null, null),
    ('00000000-0000-4000-8000-00000000b103', '00000000-0000-4000-8000-00000000b001',
     '00000000-0000-4000-8000-000000000109', 'EDUCATION', 'OPEN', now() + interval '23 hours 55 minutes',
     null, null, null, null, null),
    ('00000000-0000-4000-8000-00000000b111', '00000000-0000-4000-8000-00000000b002',
     '00000000-0000-4000-8000-000000000108', 'PUBLIC_SECURITY', 'ACKNOWLEDGED', now() - interval '1 day',
     now() - interval '47 hours', '沁水县公安局 值班民警', null, null, null),
    ('00000000-0000-4000-8000-00000000b112', '00000000-0000-4000-8000-00000000b002',
     '00000000-0000-4000-8000-000000000106', 'CIVIL_AFFAIRS', 'ACKNOWLEDGED', now() - interval '1 day',
     now() - interval '46 hours', '沁水县民政局 张丽', null, null, null),
    ('00000000-0000-4000-8000-00000000b113', '00000000-0000-4000-8000-00000000b002',
     '00000000-0000-4000-8000-000000000109', 'EDUCATION', 'ACKNOWLEDGED', now() - interval '1 day',
     now() - interval '40 hours', '沁水县教育局 安全科', null, null, null),
    ('00000000-0000-4000-8000-00000000b121', '00000000-0000-4000-8000-00000000b003',
     '00000000-0000-4000-8000-000000000108', 'PUBLIC_SECURITY', 'CLOSED', now() - interval '19 days',
     now() - interval '20 days' + interval '2 hours', '沁水县公安局 值班民警', '经核查无违法犯罪情形，已移交民政部门',
     now() - interval '18 days', '沁水县公安局 值班民警'),
    ('00000000-0000-4000-8000-00000000b122', '00000000-0000-4000-8000-00000000b003',
     '00000000-0000-4000-8000-000000000106', 'CIVIL_AFFAIRS', 'CLOSED', now() - interval '19 days',
     now() - interval '20 days' + interval '1 hour', '沁水县民政局 张丽', '已安排危房改造，儿童暂由姑母照料',
     now() - interval '10 days', '沁水县民政局 张丽'),
    ('00000000-0000-4000-8000-00000000b123', '00000000-0000-4000-8000-00000000b003',
     '00000000-0000-4000-8000-000000000109', 'EDUCATION', 'CLOSED', now() - interval '19 days',
     now() - interval '20 days' + interval '5 hours', '沁水县教育局 安全科', '学校已安排住校',
     now() - interval '15 days', '沁水县教育局 安全科'),
    ('00000000-0000-4000-8000-00000000b131', '00000000-0000-4000-8000-00000000b004',
     '00000000-0000-4000-8000-000000000108', 'PUBLIC_SECURITY', 'OPEN', now() - interval '2 hours',
     null, null, null, null, null),
    ('00000000-0000-4000-8000-00000000b132', '00000000-0000-4000-8000-00000000b004',
     '00000000-0000-4000-8000-000000000106', 'CIVIL_AFFAIRS', 'OPEN', now() - interval '2 hours',
     null, null, null, null, null),
    ('00000000-0000-4000-8000-00000000b133', '00000000-0000-4000-8000-00000000b004',
     '00000000-0000-4000-8000-000000000109', 'EDUCATION', 'OPEN', now() - interval '2 hours',
     null, null, null, null, null)
on conflict (id) do nothing;
insert into protection_report_step (id, report_id, receipt_id, taken_at, description, recorded_by_name,
        recorded_by_subject, recorded_at) values
    ('00000000-0000-4000-8000-00000000b201', '00000000-0000-4000-8000-00000000b002',
     '00000000-0000-4000-8000-00000000b111', now() - interval '40 hours', '民警到校询问，已固定证据',
     '沁水县公安局 值班民警', 'demo', now() - interval '40 hours'),
    ('00000000-0000-4000-8000-00000000b202', '00000000-0000-4000-8000-00000000b003',
     '00000000-0000-4000-8000-00000000b122', now() - interval '19 days', '入户核查房屋状况',
     '沁水县民政局 张丽', '67ad476d-ed27-3e5e-a18e-6ba37ce3247f', now() - interval '19 days')
on conflict (id) do nothing;
insert into protection_report_escalation (id, receipt_id, level, region_code, escalated_at)
select ('00000000-0000-4000-8000-00000000b3' || lpad(row_number() over (order by r.id, l.level)::text, 2, '0'))::uuid,
       r.id, l.level, l.region_code, now() - l.ago
from protection_report_receipt r
cross join (values ('CITY', '140500000000', interval '2 hours'), ('PROVINCE', '140000000000', interval '1 hour'))
    as l(level, region_code, ago)
where r.report_id = '00000000-0000-4000-8000-00000000b004'
on conflict do nothing;

-- Temporary custody placements (临时监护) in every state, for the demo and the tests, with dates relative to the first
-- load: open with a review due within the week (王小红, with her aunt), open with a review overdue (李华, at the
-- rescue-protection center, reviewed once), and ended: returned to the family (王小明, after report b003), a new
-- guardian (王小明, earlier, a foster family), long-term placement (李华, earlier, the welfare institution) and other.
-- (None ends in adulthood: the service allows that outcome only at 18, and every demo child is a minor.)
insert into organization (id, name, kind, region_code) values
    ('00000000-0000-4000-8000-000000000110', '晋城市儿童福利院', 'CHILD_WELFARE_INSTITUTION', '140500000000'),
    ('00000000-0000-4000-8000-000000000111', '晋城市未成年人救助保护中心', 'MINOR_PROTECTION_CENTER', '140500000000')
on conflict (id) do nothing;
insert into placement (id, child_id, kind, carer_guardian_id, carer_name, carer_phone, institution_id, starts_on,
        reasons, legal_basis, protection_report_id, next_review_on, recorded_by_name, recorded_by_subject, ended_on,
        end_outcome, end_note, ended_by_name) values
    ('00000000-0000-4000-8000-00000000c001', '00000000-0000-4000-8000-000000001002', 'ENTRUSTED_TO_RELATIVES', null,
     '王秀英（姑母）', '13800000011', null, current_date - 86, '父亲外出务工失联，祖母年迈无力照料',
     '《未成年人保护法》第九十二条', null, current_date + 4, '沁水县民政局 张丽', 'demo', null, null, null, null),
    ('00000000-0000-4000-8000-00000000c002', '00000000-0000-4000-8000-000000001003', 'RESCUE_PROTECTION_INSTITUTION',
     null, null, null, '00000000-0000-4000-8000-000000000111', current_date - 120, '监护人服刑，无其他近亲属照料',
     '《未成年人保护法》第九十二条', null, current_date - 6, '沁水县民政局 张丽', 'demo', null, null, null, null),
    ('00000000-0000-4000-8000-00000000c003', '00000000-0000-4000-8000-000000001001', 'ENTRUSTED_TO_RELATIVES', null,
     '王秀英（姑母）', '13800000011', null, current_date - 20, '住房墙体开裂，雨季有倒塌危险', null,
     '00000000-0000-4000-8000-00000000b003', current_date + 70, '沁水县民政局 张丽', 'demo', current_date - 8,
     'RETURNED_TO_FAMILY', '危房改造完成，返回家中由祖母照料', '沁水县民政局 张丽'),
    ('00000000-0000-4000-8000-00000000c004', '00000000-0000-4000-8000-000000001001', 'FAMILY_FOSTER_CARE', null,
     '刘桂芳（寄养家庭）', '13800000012', null, current_date - 400, '父母外出务工，祖母住院', null, null,
     current_date - 310, '沁水县民政局 张丽', 'demo', current_date - 330, 'NEW_GUARDIAN', '指定祖母张桂兰为委托照护人',
     '沁水县民政局 张丽'),
    ('00000000-0000-4000-8000-00000000c005', '00000000-0000-4000-8000-000000001003', 'CHILD_WELFARE_INSTITUTION',
     null, null, null, '00000000-0000-4000-8000-000000000110', current_date - 700, '父母双亡，暂无亲属照料', null,
     null, current_date - 250, '沁水县民政局 张丽', 'demo', current_date - 300, 'LONG_TERM_PLACEMENT',
     '转为长期监护', '沁水县民政局 张丽'),
    ('00000000-0000-4000-8000-00000000c006', '00000000-0000-4000-8000-000000001002', 'FAMILY_FOSTER_CARE', null,
     '赵红梅（寄养家庭）', '13800000013', null, current_date - 200, '母亲病重住院', null, null,
     current_date - 110, '沁水县民政局 张丽', 'demo', current_date - 150, 'OTHER', '母亲出院，由外祖父母接回照料',
     '沁水县民政局 张丽')
on conflict do nothing;
insert into placement_review (id, placement_id, reviewed_on, finding, next_review_on, reviewed_by_name,
        reviewed_by_subject, recorded_at) values
    ('00000000-0000-4000-8000-00000000c101', '00000000-0000-4000-8000-00000000c002', current_date - 96,
     '孩子情绪稳定，已入学', current_date - 6, '沁水县民政局 张丽', 'demo', now() - interval '96 days'),
    ('00000000-0000-4000-8000-00000000c102', '00000000-0000-4000-8000-00000000c003', current_date - 12,
     '房屋修缮进度过半', current_date + 70, '沁水县民政局 张丽', 'demo', now() - interval '12 days')
on conflict do nothing;

-- Caregiver follow-ups (policy §5) in every state, with times relative to the first load: 王小明's grandmother was
-- found unable to care half a year ago (resolved: she stayed, with support) and again four days ago (open: the father
-- told, no caregiver chosen yet); 李华's caregiver was found unable twenty days ago and nothing was done (overdue).
-- The visits that opened them are contacts and home visits by the director of 东村 and the county officer.
insert into visit (id, child_id, kind, contact_mode, visited_at, visited_on, visitor_role, visitor_name,
        visitor_subject, persons_met, caregiver_able, caregiver_willing, guardianship_note, created_at) values
    ('00000000-0000-4000-8000-00000000c001', '00000000-0000-4000-8000-000000001001', 'HOME_VISIT', 'IN_HOME',
     now() - interval '200 days', (now() - interval '200 days')::date, 'DIRECTOR', '沁水演示一镇东村 儿童主任 陈静',
     'f568b47c-d1c7-3578-93bd-d43dce90c483', '儿童、祖母', false, true, '祖母腿伤，暂时无法做饭和接送',
     now() - interval '200 days'),
    ('00000000-0000-4000-8000-00000000c002', '00000000-0000-4000-8000-000000001001', 'CONTACT', 'PHONE',
     now() - interval '4 days', (now() - interval '4 days')::date, 'DIRECTOR', '沁水演示一镇东村 儿童主任 陈静',
     'f568b47c-d1c7-3578-93bd-d43dce90c483', '祖母', false, true, '祖母住院，孩子暂住邻居家',
     now() - interval '4 days'),
    ('00000000-0000-4000-8000-00000000c003', '00000000-0000-4000-8000-000000001003', 'HOME_VISIT', 'IN_HOME',
     now() - interval '20 days', (now() - interval '20 days')::date, 'CIVIL_AFFAIRS_OFFICER', '沁水县民政局 张丽',
     '67ad476d-ed27-3e5e-a18e-6ba37ce3247f', '儿童、伯父', false, false, '伯父外出务工，孩子独自在家',
     now() - interval '20 days')
on conflict (id) do nothing;
insert into caregiver_follow_up (id, child_id, visit_id, status, opened_at, opened_by_name, due_at,
        parents_contacted_at, parents_contact_mode, parents_person_reached, parents_response,
        parents_contact_recorded_by, caregiver_decision, new_caregiver_guardian_id, caregiver_note, caregiver_chosen_at,
        caregiver_chosen_by_name, resolved_at, resolution, resolved_by_name) values
    ('00000000-0000-4000-8000-00000000c101', '00000000-0000-4000-8000-000000001001',
     '00000000-0000-4000-8000-00000000c001', 'RESOLVED', now() - interval '200 days', '沁水演示一镇东村 儿童主任 陈静',
     now() - interval '185 days', now() - interval '199 days', 'VIDEO', '父亲 王建国', '父亲请假一周回乡安排',
     '沁水演示一镇东村 儿童主任 陈静', 'CURRENT_CAREGIVER_STAYS', null, '邻居每日送餐，志愿者周末辅导作业',
     now() - interval '196 days', '沁水演示一镇东村 儿童主任 陈静', now() - interval '190 days',
     '祖母伤愈，可继续照料；每月电话回访', '沁水演示一镇东村 儿童主任 陈静'),
    ('00000000-0000-4000-8000-00000000c102', '00000000-0000-4000-8000-000000001001',
     '00000000-0000-4000-8000-00000000c002', 'OPEN', now() - interval '4 days', '沁水演示一镇东村 儿童主任 陈静',
     now() + interval '11 days', now() - interval '3 days', 'PHONE', '父亲 王建国', '正在联系孩子的姑母接手照料',
     '沁水演示一镇东村 儿童主任 陈静', null, null, null, null, null, null, null, null),
    ('00000000-0000-4000-8000-00000000c103', '00000000-0000-4000-8000-000000001003',
     '00000000-0000-4000-8000-00000000c003', 'OPEN', now() - interval '20 days', '沁水县民政局 张丽',
     now() - interval '5 days', null, null, null, null, null, null, null, null, null, null, null, null, null)
on conflict (id) do nothing;
insert into notification (id, kind, subject_type, subject_id, occasion, due_at, to_role, to_region_code, created_at)
select ('00000000-0000-4000-8000-00000000c2' || lpad(row_number() over (order by n.subject_id, n.to_role)::text, 2,
        '0'))::uuid, n.kind, 'CAREGIVER_FOLLOW_UP', n.subject_id, n.occasion, f.due_at, n.to_role, n.to_region_code,
       n.created_at
from (values ('CAREGIVER_FOLLOW_UP_OPENED', '00000000-0000-4000-8000-00000000c102'::uuid, 'opened', 'village-director',
              '140521901201', now() - interval '4 days'),
             ('CAREGIVER_FOLLOW_UP_OPENED', '00000000-0000-4000-8000-00000000c102'::uuid, 'opened',
              'township-supervisor', '140521901000', now() - interval '4 days'),
             ('CAREGIVER_FOLLOW_UP_OPENED', '00000000-0000-4000-8000-00000000c103'::uuid, 'opened', 'village-director',
              '140521902201', now() - interval '20 days'),
             ('CAREGIVER_FOLLOW_UP_OPENED', '00000000-0000-4000-8000-00000000c103'::uuid, 'opened',
              'township-supervisor', '140521902000', now() - interval '20 days'),
             ('DEADLINE_PASSED', '00000000-0000-4000-8000-00000000c103'::uuid, 'passed', 'village-director',
              '140521902201', now() - interval '5 days'))
    as n(kind, subject_id, occasion, to_role, to_region_code, created_at)
join caregiver_follow_up f on f.id = n.subject_id
on conflict do nothing;

-- Linked actions on the children's cases (policy §6): a family-education order for 王小明's guardians tied to the
-- Women's Federation's family-education class in 东村, a procuratorial suggestion after the neglect report about him,
-- and a judicial suggestion to 王小红's school after the bullying report, recorded by the Qinshui county officer.
insert into activity (id, organization_id, kind, safety_topics, title, place_kind, harbor_site_id, school_organization_id,
                      region_code, place_note, starts_at, ends_at, class_hours, vice_principal_id, staff_names, status,
                      report, cancel_reason) values
    ('00000000-0000-4000-8000-00000000c301', '00000000-0000-4000-8000-000000000102', 'FAMILY_EDUCATION', '{}',
     '家庭教育指导课：隔代照料与亲子沟通', 'VILLAGE', null, null, '140521901201', '东村村委会',
     now() - interval '20 days', now() - interval '20 days' + interval '2 hours', 2.0, null, '妇联 周红', 'HELD',
     null, null)
on conflict (id) do nothing;
insert into case_action (id, child_id, kind, action_date, issuing_body, document_number, protection_report_id,
        family_education_activity_id, note, recorded_by_name, recorded_by_subject, recorded_at) values
    ('00000000-0000-4000-8000-00000000c401', '00000000-0000-4000-8000-000000001001', 'FAMILY_EDUCATION_ORDER',
     (now() - interval '30 days')::date, '沁水县人民法院', '（2026）晋0521民初118号', null,
     '00000000-0000-4000-8000-00000000c301', '责令父亲和祖母接受家庭教育指导', '沁水县民政局 张丽',
     '67ad476d-ed27-3e5e-a18e-6ba37ce3247f', now() - interval '29 days'),
    ('00000000-0000-4000-8000-00000000c402', '00000000-0000-4000-8000-000000001001', 'PROCURATORIAL_SUGGESTION',
     (now() - interval '2 days')::date, '沁水县人民检察院', '沁检建〔2026〕7号', '00000000-0000-4000-8000-00000000b001',
     null, '建议乡镇落实留守儿童临时照料', '沁水县民政局 张丽', '67ad476d-ed27-3e5e-a18e-6ba37ce3247f',
     now() - interval '1 day'),
    ('00000000-0000-4000-8000-00000000c403', '00000000-0000-4000-8000-000000001002', 'JUDICIAL_SUGGESTION',
     (now() - interval '1 day')::date, '沁水县人民法院', '（2026）晋0521司建3号', '00000000-0000-4000-8000-00000000b002',
     null, '建议学校加强防治校园欺凌', '沁水县民政局 张丽', '67ad476d-ed27-3e5e-a18e-6ba37ce3247f', now() - interval '1 day')
on conflict (id) do nothing;

-- The inboxes these demo records would have filled (the service writes them with the events; the demo's rows are
-- written here): each receiver of a report alerted when it was filed, the officers above the escalated one, the
-- Disabled Persons' Federation of the referral it still has to answer. Alerts that time causes (a deadline near or
-- passed) come from the deadline-alert job's first run.
insert into notification (id, kind, subject_type, subject_id, occasion, due_at, to_organization_id, created_at)
select gen_random_uuid(), 'PROTECTION_REPORT_TO_ACKNOWLEDGE', 'PROTECTION_REPORT', r.report_id, 'filed',
       r.acknowledge_by, r.organization_id, p.filed_at
from protection_report_receipt r
join protection_report p on p.id = r.report_id
where r.report_id in ('00000000-0000-4000-8000-00000000b001', '00000000-0000-4000-8000-00000000b002',
                      '00000000-0000-4000-8000-00000000b003', '00000000-0000-4000-8000-00000000b004')
on conflict on constraint notification_once do nothing;
insert into notification (id, kind, subject_type, subject_id, occasion, to_role, to_region_code, created_at)
select gen_random_uuid(), 'PROTECTION_REPORT_ESCALATED', 'PROTECTION_REPORT', '00000000-0000-4000-8000-00000000b004',
       'escalated:' || e.level, e.role, e.region_code, now() - e.ago
from (values ('CITY', 'city-officer', '140500000000', interval '2 hours'),
             ('PROVINCE', 'province-officer', '140000000000', interval '1 hour')) as e(level, role, region_code, ago)
on conflict on constraint notification_once do nothing;
insert into notification (id, kind, subject_type, subject_id, occasion, due_at, to_organization_id, created_at)
values (gen_random_uuid(), 'REFERRAL_TO_ANSWER', 'REFERRAL', '00000000-0000-4000-8000-000000008001', 'referred',
        '2025-10-03 09:00+08', '00000000-0000-4000-8000-000000000104', '2025-10-01 09:00+08')
on conflict on constraint notification_once do nothing;

-- The receiving bodies reach the registered children of the demo reports until they close their receipts.
insert into child_organization_relationship (child_id, organization_id, kind, source_id, active_from, active_until)
select p.child_id, r.organization_id, 'PROTECTION_REPORT', r.id, p.filed_at::date,
       case when r.status = 'CLOSED' then r.closed_at::date end
from protection_report_receipt r
join protection_report p on p.id = r.report_id
where p.child_id is not null
  and p.id in ('00000000-0000-4000-8000-00000000b001', '00000000-0000-4000-8000-00000000b002',
               '00000000-0000-4000-8000-00000000b003')
on conflict do nothing;

-- The alerts of the demo placements' reviews, which came near before the demo's first load (the deadline-alert job
-- looks only forward from its first run): the officers of Qinshui and the directors of each child's village.
insert into notification (id, kind, subject_type, subject_id, occasion, due_at, to_role, to_region_code, created_at)
select gen_random_uuid(), 'PLACEMENT_REVIEW_DUE', 'PLACEMENT', p.id, 'review:' || p.next_review_on,
       p.next_review_on::timestamp at time zone 'Asia/Shanghai', a.role, a.region_code,
       (p.next_review_on - 7)::timestamp at time zone 'Asia/Shanghai'
from placement p
join child c on c.id = p.child_id
cross join lateral (values ('county-officer', substr(c.residence_village_code, 1, 6) || '000000'),
                           ('village-director', c.residence_village_code)) as a(role, region_code)
where p.id in ('00000000-0000-4000-8000-00000000c001', '00000000-0000-4000-8000-00000000c002')
on conflict on constraint notification_once do nothing;

-- Annual progress reports of 2026 (年度工作进展情况), Jincheng and its counties, one in each state: 城区 accepted,
-- 沁水 submitted (awaiting the city), 阳城 returned with comments, 陵川 a draft, 高平 submitted late (after 1 December),
-- 泽州 missing; the city's own report a draft. The submitted versions' figures are frozen from the data as it stood
-- at the demo's first load (the children, their categories, villages, placements and mandatory reports), as a
-- submission freezes them; drafts are compiled from the data whenever they are opened.
insert into progress_report (id, region_code, year, level, status, progress, problems, next_steps, plans, submissions,
                             first_submitted_at, created_by_name)
values ('00000000-0000-4000-8000-00000000d001', '140502000000', 2026, 'COUNTY', 'ACCEPTED',
        '全区建立区、街道、社区三级关爱服务网络，儿童主任全部持证上岗。', '部分社区儿童主任兼职事务较多。',
        '落实儿童主任专职化。', '明年实现困境儿童走访全覆盖。', 1, '2026-11-28 10:00+08', '城区民政局 周敏'),
       ('00000000-0000-4000-8000-00000000d002', '140521000000', 2026, 'COUNTY', 'SUBMITTED',
        E'全县完成农村留守儿童和困境儿童信息核查，建立一人一档。\n爱心妈妈结对覆盖所有重点儿童。',
        '山区村走访路途远，入户走访按时率偏低。', '统筹乡镇督导员开展联合走访。', '明年推进儿童之家建设。',
        1, '2026-11-30 16:00+08', '沁水县民政局 张丽'),
       ('00000000-0000-4000-8000-00000000d003', '140522000000', 2026, 'COUNTY', 'RETURNED',
        '全县开展关爱服务活动，覆盖全部乡镇。', null, null, null, 1, '2026-11-29 09:00+08', '阳城县民政局 赵刚'),
       ('00000000-0000-4000-8000-00000000d004', '140524000000', 2026, 'COUNTY', 'DRAFT',
        '（编写中）', null, null, null, 0, null, '陵川县民政局 孙伟'),
       ('00000000-0000-4000-8000-00000000d005', '140581000000', 2026, 'COUNTY', 'SUBMITTED',
        '全市完成儿童主任培训全覆盖。', '个别村儿童主任空缺。', '尽快补齐儿童主任。', '明年开展示范培训。',
        1, '2026-12-02 11:00+08', '高平市民政局 吴静'),
       ('00000000-0000-4000-8000-00000000d006', '140500000000', 2026, 'CITY', 'DRAFT',
        null, null, null, null, 0, null, '晋城市民政局 李强')
on conflict do nothing;
insert into progress_report_version (id, report_id, number, progress, problems, next_steps, plans, submitted_at,
                                     submitted_by_name, outcome, comments, reviewed_at, reviewed_by_name)
select v.id::uuid, r.id, 1, r.progress, r.problems, r.next_steps, r.plans, r.first_submitted_at, r.created_by_name,
       v.outcome, v.comments, v.reviewed_at::timestamptz, v.reviewed_by_name
from (values ('00000000-0000-4000-8000-00000000d101', '00000000-0000-4000-8000-00000000d001', 'ACCEPTED', '同意。',
              '2026-11-30 09:00+08', '晋城市民政局 李强'),
             ('00000000-0000-4000-8000-00000000d102', '00000000-0000-4000-8000-00000000d002', null, null, null, null),
             ('00000000-0000-4000-8000-00000000d103', '00000000-0000-4000-8000-00000000d003', 'RETURNED',
              '请补充存在问题、下一步措施和明年工作计划，并说明走访按时率。', '2026-11-30 15:00+08', '晋城市民政局 李强'),
             ('00000000-0000-4000-8000-00000000d105', '00000000-0000-4000-8000-00000000d005', null, null, null, null))
     as v(id, report_id, outcome, comments, reviewed_at, reviewed_by_name)
join progress_report r on r.id = v.report_id::uuid
on conflict do nothing;
insert into progress_report_figure (version_id, position, figure_key, value, list_link)
select v.id, f.position, f.figure_key, f.value,
       case when f.figure_key like 'children.category.%' then '/portal/children?regionCode=' || r.region_code
                 || '&category=' || substr(f.figure_key, 19)
            when f.figure_key = 'children.total' then '/portal/children?regionCode=' || r.region_code
            when f.figure_key = 'children.registered' then '/portal/children?regionCode=' || r.region_code
                 || '&registeredIn=2026'
            when f.figure_key = 'children.closed' then '/portal/children?regionCode=' || r.region_code
                 || '&closedIn=2026'
            when f.figure_key = 'staffing.villages' then '/portal/dashboard/villages?region=' || r.region_code
            when f.figure_key = 'placements.started' then '/portal/placements?region=' || r.region_code
                 || '&startedIn=2026'
            when f.figure_key = 'placements.open' then '/portal/placements?region=' || r.region_code
                 || '&openAtEndOf=2026'
            when f.figure_key like 'protection.%' then '/portal/reports?region=' || r.region_code || '&year=2026' end
from progress_report_version v
join progress_report r on r.id = v.report_id
cross join lateral (
    select 0 as position, 'children.total' as figure_key,
           (select coalesce(sum(n.open_files), 0) from village_child_count n
            where n.village_code like substr(r.region_code, 1, 6) || '%') as value
    union all
    select 1 + k.ordinality::int, 'children.category.' || k.category,
           (select coalesce(sum(n.open_files), 0) from village_category_count n
            where n.village_code like substr(r.region_code, 1, 6) || '%' and n.category = k.category)
    from unnest(array['LEFT_BEHIND', 'ORPHAN', 'DE_FACTO_UNSUPPORTED', 'DISABLED', 'SERIOUSLY_ILL',
                      'LOW_INCOME_FAMILY', 'EXTREME_POVERTY_SUPPORT', 'SINGLE_PARENT_FAMILY'])
         with ordinality as k(category, ordinality)
    union all
    select 10, 'children.registered', (select count(*) from child c
            where c.residence_village_code like substr(r.region_code, 1, 6) || '%'
              and c.registered_on between date '2026-01-01' and v.submitted_at::date)
    union all
    select 11, 'children.closed', (select count(*) from child c
            where c.residence_village_code like substr(r.region_code, 1, 6) || '%'
              and c.closed_on between date '2026-01-01' and v.submitted_at::date)
    union all
    select 20, 'staffing.villages', (select count(*) from region g
            where g.code like substr(r.region_code, 1, 6) || '%' and substr(g.code, 10, 3) <> '000')
    union all
    select 30, 'placements.started', (select count(*) from placement p join child c on c.id = p.child_id
            where c.residence_village_code like substr(r.region_code, 1, 6) || '%'
              and p.starts_on between date '2026-01-01' and v.submitted_at::date)
    union all
    select 31, 'placements.open', (select count(*) from placement p join child c on c.id = p.child_id
            where c.residence_village_code like substr(r.region_code, 1, 6) || '%'
              and p.starts_on <= v.submitted_at::date and (p.ended_on is null or p.ended_on > v.submitted_at::date))
    union all
    select 40, 'protection.reportsFiled', (select count(*) from protection_report p
            where p.child_region_code like substr(r.region_code, 1, 6) || '%'
              and p.filed_at >= timestamptz '2026-01-01 00:00+08' and p.filed_at < v.submitted_at)
) as f
where v.id in ('00000000-0000-4000-8000-00000000d101', '00000000-0000-4000-8000-00000000d102',
               '00000000-0000-4000-8000-00000000d103', '00000000-0000-4000-8000-00000000d105')
on conflict do nothing;

-- Good-practice cases (优秀案例) of the 2026 collection round in Jincheng, one or more in every state: a Qinshui
-- county office's draft, a Women's Federation case submitted to the city, a Qinshui case recommended by the city, a
-- Youth League case returned with comments, a Qinshui case selected and scored, and two published (one with a photo
-- and its consent). Ids ...00000015e0xx. The texts hold no personal data of children.
insert into good_practice_round (year, deadline, opened_by_name, opened_by_subject) values
    (2026, '2026-12-20', '省民政厅 王敏', 'demo')
on conflict (year) do nothing;

insert into good_practice_case (id, year, title, region_code, plan_action, summary, story, state,
    owner_organization_id, owner_region_code, drafted_by_name, drafted_by_subject, submitted_at, recommended_at,
    recommended_by_name, recommendation_comment, score, review_comment, reviewed_by_name, returned_at, return_comment,
    returned_by_name, published_at) values
    ('00000000-0000-4000-8000-00000015e001', 2026, '儿童主任"每月一访"工作法', '140521000000', 'STRENGTHENING_FOUNDATIONS',
     '沁水县以村为单位排定走访日历，儿童主任每月联系、每季入户，督导员按月抽查。',
     E'2026年起，县民政局为每个村排定走访日历。\n儿童主任每月至少联系一次每名儿童，每季度入户一次；乡镇督导员按月抽查走访记录。',
     'DRAFT', null, '140521000000', '沁水县民政局 张丽', 'demo', null, null, null, null, null, null, null,
     null, null, null, null),
    ('00000000-0000-4000-8000-00000015e002', 2026, '爱心妈妈结对陪伴', '140521000000', 'GUARDIANSHIP_QUALITY',
     '市妇联组织巾帼志愿者与留守儿童结对，每月至少一次电话、每季一次见面。',
     E'市妇联在沁水县招募巾帼志愿者担任"爱心妈妈"，经培训后与留守儿童结对。\n结对后每月至少通话一次，每季度见面一次，节假日陪伴过节。',
     'SUBMITTED', '00000000-0000-4000-8000-000000000102', null, '晋城市妇联 周红', 'demo', '2026-11-20 10:00:00+08',
     null, null, null, null, null, null, null, null, null, null),
    ('00000000-0000-4000-8000-00000015e003', 2026, '控辍保学"一生一策"', '140521000000', 'PRECISE_ASSISTANCE',
     '县民政、教育、公安三方共享信息，对每名辍学风险学生制定一人一策。',
     E'县教育局每月向民政部门推送缺课信息，儿童主任入户了解原因。\n对有辍学风险的学生制定一人一策，学校安排教师一对一结对帮扶。',
     'RECOMMENDED', null, '140521000000', '沁水县民政局 张丽', 'demo', '2026-11-10 09:00:00+08',
     '2026-11-18 15:00:00+08', '晋城市民政局 李强', '部门协同做法清晰，建议推荐。', null, null, null, null, null, null,
     null),
    ('00000000-0000-4000-8000-00000015e004', 2026, '童心港湾周末课堂', '140500000000', 'SPIRITUAL_LITERACY',
     '团市委依托童心港湾开设周末课堂，青年志愿者陪伴阅读和游戏。',
     '各童心港湾每周末开放半天，青年志愿者带领儿童阅读、做手工、开展游戏。',
     'RETURNED', '00000000-0000-4000-8000-000000000103', null, '共青团晋城市委 吴涛', 'demo', '2026-11-15 11:00:00+08',
     null, null, null, null, null, null, '2026-11-25 16:00:00+08', '请补充参与儿童人次和志愿者服务时长等成效数据。',
     '晋城市民政局 李强', null),
    ('00000000-0000-4000-8000-00000015e005', 2026, '防溺水"四个一"进村', '140521000000', 'SAFETY_PROTECTION',
     '县级部门联合开展安全知识进村，河湖明渠落实警示牌、救生圈、救生绳、救生杆。',
     E'暑期前，县民政、教育、应急等部门联合开展防溺水教育进村活动。\n每处河湖明渠设置警示牌、救生圈、救生绳、救生杆，儿童主任在假期加密走访。',
     'SELECTED', null, '140521000000', '沁水县民政局 张丽', 'demo', '2026-11-05 10:00:00+08',
     '2026-11-12 10:00:00+08', '晋城市民政局 李强', '成效明显。', 88, '做法可复制，建议发布。', '省民政厅 王敏', null, null,
     null, null),
    ('00000000-0000-4000-8000-00000015e006', 2026, '心理关爱"成长导师"计划', '140521000000', 'PSYCHOLOGICAL_CARE',
     '学校为有需要的困境儿童选配成长导师，安排互助伙伴，定期谈心。',
     E'县教育局指导学校为有需要的困境儿童选配心理教师或思政课教师担任成长导师。\n导师每月谈心一次，班级安排品学兼优的学生结为互助伙伴。',
     'PUBLISHED', null, '140521000000', '沁水县民政局 张丽', 'demo', '2026-10-20 10:00:00+08',
     '2026-10-28 10:00:00+08', '晋城市民政局 李强', '推荐。', 93, '可在全省推广。', '省民政厅 王敏', null, null, null,
     '2026-11-30 09:00:00+08'),
    ('00000000-0000-4000-8000-00000015e007', 2026, '全市儿童主任示范培训', '140500000000', 'STRENGTHENING_FOUNDATIONS',
     '市民政局每年组织一次儿童主任示范培训，县级实现培训全覆盖。',
     E'市民政局邀请专家围绕走访、建档、强制报告开展示范培训。\n各县随后组织本县培训，做到儿童主任培训全覆盖。',
     'PUBLISHED', null, '140500000000', '晋城市民政局 李强', 'demo', '2026-10-15 10:00:00+08',
     '2026-10-15 10:00:00+08', '晋城市民政局 李强', null, 90, '组织规范。', '省民政厅 王敏', null, null, null,
     '2026-11-28 09:00:00+08')
on conflict (id) do nothing;

insert into good_practice_case_organization (case_id, organization_id) values
    ('00000000-0000-4000-8000-00000015e001', '00000000-0000-4000-8000-000000000106'),
    ('00000000-0000-4000-8000-00000015e002', '00000000-0000-4000-8000-000000000102'),
    ('00000000-0000-4000-8000-00000015e003', '00000000-0000-4000-8000-000000000106'),
    ('00000000-0000-4000-8000-00000015e003', '00000000-0000-4000-8000-000000000109'),
    ('00000000-0000-4000-8000-00000015e003', '00000000-0000-4000-8000-000000000108'),
    ('00000000-0000-4000-8000-00000015e004', '00000000-0000-4000-8000-000000000103'),
    ('00000000-0000-4000-8000-00000015e005', '00000000-0000-4000-8000-000000000106'),
    ('00000000-0000-4000-8000-00000015e005', '00000000-0000-4000-8000-000000000109'),
    ('00000000-0000-4000-8000-00000015e006', '00000000-0000-4000-8000-000000000109'),
    ('00000000-0000-4000-8000-00000015e007', '00000000-0000-4000-8000-000000000101')
on conflict do nothing;

insert into good_practice_case_result (case_id, position, label, figure, unit) values
    ('00000000-0000-4000-8000-00000015e001', 1, '排定走访日历的村', 120, '个'),
    ('00000000-0000-4000-8000-00000015e002', 1, '结对爱心妈妈', 86, '人'),
    ('00000000-0000-4000-8000-00000015e003', 1, '劝返复学', 14, '人'),
    ('00000000-0000-4000-8000-00000015e003', 2, '一对一结对帮扶', 57, '对'),
    ('00000000-0000-4000-8000-00000015e005', 1, '安全知识进村', 32, '场'),
    ('00000000-0000-4000-8000-00000015e005', 2, '落实"四个一"的水域', 45, '处'),
    ('00000000-0000-4000-8000-00000015e006', 1, '选配成长导师', 63, '名'),
    ('00000000-0000-4000-8000-00000015e006', 2, '按月谈心覆盖率', 96.5, '%'),
    ('00000000-0000-4000-8000-00000015e007', 1, '参训儿童主任', 1180, '人'),
    ('00000000-0000-4000-8000-00000015e007', 2, '县级培训覆盖率', 100, '%')
on conflict do nothing;

insert into good_practice_case_photo (case_id, number, content_type, content, byte_size, caption, consent_given_by,
    consent_relation, consent_given_on, added_by_name) values
    ('00000000-0000-4000-8000-00000015e006', 1, 'image/png', decode('iVBORw0KGgoAAAANSUhEUgAAAKAAAABaCAIAAACwpMoFAAAA20lEQVR42u3RMRHAIBAAsNfF3JVO2OmAEMTgpBpYWCugBv7a3MVBYs0zud1bZnXcmYVgwYIFCxYsWLBgwYIFCxYsWLBgwYIFCxYsWLBgwYIFCxYsWLBgwYIFCxYsWLBgwYIFCxYsWLBgwYIFCxYsWLBgwYIFCxYsWLBgwYIFCxYsWLBgwYIFCxYsWLBgwYIFCxYsWLBgwYIFCxYsWLBgwYIFCxYsWLBgwYIFC/59cLkOPkywYAQjGMEIRjCCBSMYwQhGMIIRLBjBCEYwghGMYAQLRjCCEYxgBPPyALY7T1ns1KyBAAAAAElFTkSuQmCC', 'base64'),
     octet_length(decode('iVBORw0KGgoAAAANSUhEUgAAAKAAAABaCAIAAACwpMoFAAAA20lEQVR42u3RMRHAIBAAsNfF3JVO2OmAEMTgpBpYWCugBv7a3MVBYs0zud1bZnXcmYVgwYIFCxYsWLBgwYIFCxYsWLBgwYIFCxYsWLBgwYIFCxYsWLBgwYIFCxYsWLBgwYIFCxYsWLBgwYIFCxYsWLBgwYIFCxYsWLBgwYIFCxYsWLBgwYIFCxYsWLBgwYIFCxYsWLBgwYIFCxYsWLBgwYIFCxYsWLBgwYIFC/59cLkOPkywYAQjGMEIRjCCBSMYwQhGMIIRLBjBCEYwghGMYAQLRjCCEYxgBPPyALY7T1ns1KyBAAAAAElFTkSuQmCC', 'base64')), '成长导师与学生在校园谈心（示意图）', '学校家长委员会代表', '监护人代表', '2026-10-10',
     '沁水县民政局 张丽')
on conflict do nothing;

-- Data-sharing agreements (数据共享协议, PIPL art. 13, 23): the demo partner app's agreement in force, keeping every
-- operation a third-party app could call before agreements existed and its webhooks, over the whole province, every
-- webhook event; a revoked and an expired
-- agreement of two other (demo) clients.
insert into data_sharing_agreement (id, client_id, organization_id, purpose, legal_basis, region_codes, field_set,
    operations, webhook_events, starts_on, expires_on, requests_per_minute, daily_quota, status, revoked_at,
    revoked_reason, revoked_by_name, registered_by_name, registered_by_subject) values
    ('00000000-0000-4000-8000-0000000d5a01', 'demo-partner-app', '00000000-0000-4000-8000-000000000105',
     '演示：儿童服务中心的志愿者应用查询结对、活动与服务对象', 'STATUTORY_DUTY', '140000000000', 'CHILD_LEVEL',
     'child,childFile,children,createHarborSite,createVolunteer,directors,goodPracticeCase,goodPracticeCases,'
     || 'goodPracticeRounds,guardian,guardians,harborSite,harborSites,me,organization,organizations,pairingReport,'
     || 'pairings,recordPairingContact,region,regions,revealIdNumber,supervisors,updateHarborSite,updateVolunteer,'
     || 'volunteer,volunteers,subscribeWebhook,webhookSubscriptions,webhookSubscription,webhookDeliveries,'
     || 'rotateWebhookSecret,pauseWebhookSubscription,resumeWebhookSubscription,deleteWebhookSubscription,'
     || 'replayWebhookDelivery,replayWebhookDeliveries,errorCodes,openStatistics',
     'ACTIVITY_PUBLISHED,REFERRAL_ANSWERED,REFERRAL_RECEIVED,REPORT_ACKNOWLEDGED', '2026-01-01', '2030-12-31', 600, 100000, 'IN_FORCE',
     null, null, null, '山西省民政厅 演示', 'demo'),
    ('00000000-0000-4000-8000-0000000d5a02', 'demo-retired-app', '00000000-0000-4000-8000-000000000105',
     '演示：已停用的旧版应用', 'GUARDIAN_CONSENT', '140500000000', 'DIRECTORY', 'me,organizations,regions', '',
     '2025-01-01', '2027-12-31', 60, 10000, 'REVOKED', '2026-06-30 10:00:00+08', '应用停止维护，数据处理目的已实现',
     '山西省民政厅 演示', '山西省民政厅 演示', 'demo'),
    ('00000000-0000-4000-8000-0000000d5a03', 'demo-expired-app', '00000000-0000-4000-8000-000000000105',
     '演示：期满未续签的统计应用', 'STATUTORY_DUTY', '140521000000', 'AGGREGATE_STATISTICS', 'me,regions', '',
     '2025-01-01', '2025-12-31', 60, 10000, 'IN_FORCE', null, null, null, '山西省民政厅 演示', 'demo')
on conflict do nothing;
