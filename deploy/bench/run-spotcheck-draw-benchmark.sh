#!/usr/bin/env bash
# The file spot check's draw (org.tonghu.spotcheck.SpotCheckStore.draw) at province scale: the same statement, on a
# child table with the production columns the draw reads and its index (child_residence_idx), filled with
# $CHILDREN children of which $COUNTY_CHILDREN live in one county (20 townships of 20 villages), inserted in random
# order. Runs Debian's PostgreSQL 15 on loopback as the postgres user in a temporary directory; prints a Markdown
# section (EXPLAIN ANALYZE timings: planning + execution, median of $RUNS after one untimed run).
#
#   deploy/bench/run-spotcheck-draw-benchmark.sh            CHILDREN=1000000 COUNTY_CHILDREN=100000 RUNS=5 PORT=18199
set -euo pipefail
CHILDREN=${CHILDREN:-1000000}
COUNTY_CHILDREN=${COUNTY_CHILDREN:-100000}
RUNS=${RUNS:-5}
PORT=${PORT:-18199}
BIN=/usr/lib/postgresql/15/bin
WORK=$(mktemp -d /tmp/tonghu-spotcheck-XXXXXX)
chown postgres "$WORK"
as_pg() { runuser -u postgres -- "$@"; }
cleanup() { as_pg "$BIN/pg_ctl" -D "$WORK/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap cleanup EXIT
as_pg "$BIN/initdb" -D "$WORK/data" -U postgres --locale=C.UTF-8 >/dev/null
as_pg "$BIN/pg_ctl" -D "$WORK/data" -o "-p $PORT -k $WORK -c listen_addresses=127.0.0.1" -l "$WORK/log" -w start \
    >/dev/null
sql() { psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -Atq -c "$1"; }

sql "create table child (id uuid primary key, name varchar(50) not null, id_number varchar(18),
    residence_village_code varchar(12) collate \"C\" not null, school_name varchar(100), registered_on date not null,
    closed_on date, status varchar(20) not null default 'ACTIVE', version bigint not null default 0)"
sql "create index child_residence_idx on child (residence_village_code, id)"
# the county 140521 with townships 903..922 of villages 201..220; everybody else spread over 108 other counties
sql "insert into child (id, name, id_number, residence_village_code, school_name, registered_on, closed_on, status)
    select gen_random_uuid(), '儿童' || n, lpad(n::text, 18, '0'),
        case when n <= $COUNTY_CHILDREN
            then '140521' || (903 + n % 20) || (201 + (n / 20) % 20)
            else '14' || lpad((10 + n % 108)::text, 4, '0') || (903 + n % 12) || (201 + (n / 12) % 20) end,
        '某某小学', date '2024-01-01' + (n % 600), case when n % 50 = 0 then date '2026-06-01' end,
        case when n % 50 = 0 then 'CLOSED' else 'ACTIVE' end
    from generate_series(1, $CHILDREN) n order by random()"
sql "vacuum analyze child"

# the statement of SpotCheckStore.draw, with ChildScope's fragments, as the service sends it
draw() {
    echo "explain (analyze, timing off, summary on) select d.id, d.township, d.village, d.rank from (select c.id,
    substr(c.residence_village_code, 1, 9) || '000' as township, c.residence_village_code as village,
    row_number() over (partition by substr(c.residence_village_code, 1, 9)
        order by md5('$1' || c.id::text) collate \"C\", c.id) as rank
    from child c where c.residence_village_code like '$2%' and c.registered_on <= date '2026-12-02'
        and (c.closed_on is null or c.closed_on > date '2026-12-02')) d
    where d.rank <= $3 order by d.township, d.rank"
}
time_of() {
    sql "$(draw "$1" "$2" "$3")" >/dev/null
    for _ in $(seq 1 "$RUNS"); do
        sql "$(draw "$1" "$2" "$3")" | awk '/Planning Time|Execution Time/ { total += $3 } END { printf "%.0f\n", total }'
    done | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] " ms (min " a[1] ", max " a[NR] ")" }'
}
rows_of() {
    sql "$(draw "$1" "$2" "$3" | sed 's/^explain (analyze, timing off, summary on) //')" | wc -l
}
echo "## $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "PostgreSQL $(sql 'show server_version'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg);" \
    "children $(sql 'select count(*) from child'), in the county $(sql "select count(*) from child
    where residence_village_code like '140521%'"); table $(sql "select pg_size_pretty(pg_total_relation_size('child'))")."
echo
echo "| draw | files drawn | median (min, max) |"
echo "|---|---|---|"
for size in 10 50; do
    echo "| county 140521, $size per township, seed demo | $(rows_of demo 140521 "$size") | $(time_of demo 140521 "$size") |"
done
echo "| county 140521, 10 per township, another seed | $(rows_of other-seed 140521 10) |" \
    "$(time_of other-seed 140521 10) |"
echo "| one township (140521903), 10 | $(rows_of demo 140521903 10) | $(time_of demo 140521903 10) |"
echo "| a whole province-size table (prefix 14), 10 per township | $(rows_of demo 14 10) | $(time_of demo 14 10) |"
