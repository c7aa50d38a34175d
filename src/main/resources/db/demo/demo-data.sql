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
    ('00000000-0000-4000-8000-000000000106', '沁水县民政局', 'CIVIL_AFFAIRS', '140521000000')
on conflict (id) do nothing;
