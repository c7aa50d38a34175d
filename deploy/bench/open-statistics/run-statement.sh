run() { # region prefix length
cat <<SQL | runuser -u postgres -- psql -h 127.0.0.1 -p "${PGPORT:-55403}" -U postgres -q -X
\timing on
set max_parallel_workers_per_gather = 0;
prepare s(text, text, int, date) as
with in_care as materialized (
    select c.id, rpad(substr(c.residence_village_code, 1, \$3), 12, '0') as code
    from child c where c.residence_village_code like \$2 and c.registered_on <= \$4 and (c.closed_on is null or c.closed_on > \$4)
), counted as (
    select code, null::varchar as category, count(*) as children from in_care group by code
    union all
    select i.code, cc.category, count(*) from in_care i join child_category cc on cc.child_id = i.id
    group by i.code, cc.category
)
select r.code, r.name, r.code = \$1 as asked, counted.category, counted.children
from region r left join counted on counted.code = r.code
where r.parent_code = \$1 or r.code = \$1
order by r.code, counted.category nulls first;
\o /dev/null
execute s('$1', '$2%', $3, date '2025-12-31');
execute s('$1', '$2%', $3, date '2025-12-31');
execute s('$1', '$2%', $3, date '2025-12-31');
\o
explain (analyze, buffers, costs off, timing off, summary on) execute s('$1', '$2%', $3, date '2025-12-31');
SQL
}
echo "== province"; run 140000000000 14 4
echo "== city"; run 140100000000 1401 6
echo "== county"; run 140101000000 140101 9
echo "== township"; run 140101101000 140101101 12
