#!/usr/bin/env bash
# Province scale, issue 13: generates the province (1,000,000 children, about 12 million visits) through the demo data
# generator with the shipped statement timeout, timed with the machine's load and the CPU time of the service and its
# PostgreSQL; then records visits through /graphql as the demo village director, CONNECTIONS at a time, on the
# 3,000-children demo and on the province, in interleaved rounds (p50, p99, req/s, CPU per request); then logs the plan
# of every statement of the write path (triggers included) with auto_explain on both, and counts the rows each read.
# Writes deploy/bench/results/province-scale.md (numbers only: add the reading by hand). Needs a JDK 17+ and psql.
#
#   deploy/bench/run-province-scale.sh                                      # about 30 to 40 minutes on 2 busy cores
#   PROVINCE_DATA=/work/bench-data/province-1m deploy/bench/run-province-scale.sh   # no generation: a copy of this one
#   CHILDREN=100000 ROUNDS=1 SECONDS_PER_RUN=10 deploy/bench/run-province-scale.sh  # a quick try
set -euo pipefail
cd "$(dirname "$0")/../.."

CHILDREN=${CHILDREN:-1000000}
VISIT_MONTHS=${VISIT_MONTHS:-10}
CONNECTIONS=${CONNECTIONS:-16 1}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-20}
WARM_UP=${WARM_UP:-5}
ROUNDS=${ROUNDS:-3}
PROVINCE_DATA=${PROVINCE_DATA:-}
# ports: HTTP, management and demo issuer of the province service, then of the demo service
PORTS=(${PROVINCE_PORTS:-18591 18592 18593} ${DEMO_PORTS:-18594 18595 18596})
WORK=${WORK_DIR:-$(mktemp -d -t tonghu-province-XXXXXX)}
RESULTS=deploy/bench/results/province-scale.md
VILLAGE=140521901201   # the demo village director's village
TCK=$(getconf CLK_TCK)

[[ -n "${SKIP_BUILD:-}" ]] || ./mvnw -q -o package -DskipTests
mkdir -p "$WORK"
declare -A PID
cleanup() {
    for name in "${!PID[@]}"; do stop "$name"; done
    [[ -n "${KEEP_WORK:-}" ]] || rm -rf "$WORK"
}
trap cleanup EXIT

# start NAME HTTP MANAGEMENT ISSUER [environment...]: the packaged service in local mode on $WORK/NAME
start() {
    local name=$1 http=$2 management=$3 issuer=$4
    shift 4
    env TONGHU_DATA_DIR="$WORK/$name" TONGHU_DEMO_ISSUER_PORT="$issuer" QUARKUS_HTTP_PORT="$http" \
        QUARKUS_MANAGEMENT_PORT="$management" "$@" java -jar target/quarkus-app/quarkus-run.jar \
        >>"$WORK/$name.log" 2>&1 &
    PID[$name]=$!
}
stop() {
    local name=$1
    if [[ -n "${PID[$name]:-}" ]]; then
        kill "${PID[$name]}" 2>/dev/null || true
        wait "${PID[$name]}" 2>/dev/null || true
        unset "PID[$name]"
    fi
}
# wait_ready NAME: until the service listens (or died)
wait_ready() {
    local name=$1
    for _ in $(seq 1 3600); do
        if [[ $(grep -c "Listening on" "$WORK/$name.log") -ge ${2:-1} ]]; then return 0; fi
        if ! kill -0 "${PID[$name]}" 2>/dev/null; then tail -50 "$WORK/$name.log"; exit 1; fi
        sleep 1
    done
    echo "$name did not start" >&2
    exit 1
}
pg_port() { sed -n 4p "$WORK/$1/postgres/postmaster.pid"; }
psql_as() { psql -X -q -h 127.0.0.1 -p "$(pg_port "$2")" -U "$1" -d tonghu -At "${@:3}"; }
# cpu NAME: seconds of CPU of the service and of its PostgreSQL (ended backends included)
cpu() {
    local name=$1 postmaster total
    postmaster=$(head -1 "$WORK/$name/postgres/postmaster.pid")
    total=$(awk -v t="$TCK" '{printf "%.2f", ($14 + $15) / t}' "/proc/${PID[$name]}/stat")
    total=$(awk -v t="$TCK" -v s="$total" '{printf "%.2f", s + ($14 + $15 + $16 + $17) / t}' "/proc/$postmaster/stat")
    for child in $(pgrep -P "$postmaster"); do
        total=$(awk -v t="$TCK" -v s="$total" '{printf "%.2f", s + ($14 + $15) / t}' "/proc/$child/stat" 2>/dev/null \
            || echo "$total")
    done
    echo "$total"
}
load() { cut -d' ' -f1-3 /proc/loadavg; }

# --- 1. the province ---------------------------------------------------------------------------------------------------
generation="(not generated in this run: a copy of $PROVINCE_DATA)"
if [[ -n "$PROVINCE_DATA" ]]; then
    cp -a "$PROVINCE_DATA" "$WORK/province"
    start province "${PORTS[0]}" "${PORTS[1]}" "${PORTS[2]}"
    wait_ready province
else
    start province "${PORTS[0]}" "${PORTS[1]}" "${PORTS[2]}" TONGHU_DEMO_PLAN=province \
        TONGHU_DEMO_CHILDREN="$CHILDREN" TONGHU_DEMO_VISIT_MONTHS="$VISIT_MONTHS"
    loads=()
    while ! grep -q "Listening on" "$WORK/province.log"; do
        if ! kill -0 "${PID[province]}" 2>/dev/null; then tail -50 "$WORK/province.log"; exit 1; fi
        loads+=("$(cut -d' ' -f1 /proc/loadavg)")
        sleep 10
    done
    generated_cpu=$(cpu province)
    line=$(grep -o "Demo data generated.*" "$WORK/province.log" | head -1)
    ms=$(sed -E 's/.* in ([0-9]+) ms.*/\1/' <<<"$line")
    load_mean=$(printf '%s\n' "${loads[@]}" | awk '{s += $1} END {if (NR) printf "%.1f", s / NR}')
    load_max=$(printf '%s\n' "${loads[@]}" | sort -g | tail -1)
    generation="$line
- Generation: $((ms / 1000)) s (1-minute load average during it: mean $load_mean, highest $load_max, sampled every
  10 s); CPU of the service and its PostgreSQL from start to ready: ${generated_cpu} s (migrations and start included)."
fi

# --- 2. the demo -------------------------------------------------------------------------------------------------------
start demo "${PORTS[3]}" "${PORTS[4]}" "${PORTS[5]}"
wait_ready demo
children=$(psql_as tonghu demo -c "select id from child where residence_village_code = '$VILLAGE'
    and status = 'ACTIVE' order by id" | tr '\n' ' ')
counts() {
    psql_as tonghu "$1" -c "select (select count(*) from child) || ' children, ' || (select count(*) from visit)
        || ' visits, ' || (select count(*) from audit_event) || ' audit events'"
}

# --- 3. recordVisit, interleaved rounds --------------------------------------------------------------------------------
header="| round | data | connections | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | errors | CPU ms/request | load |"
rows=()
for round in $(seq 1 "$ROUNDS"); do
  for connections in $CONNECTIONS; do
    for name in demo province; do
        case $name in demo) port=${PORTS[3]}; issuer=${PORTS[5]} ;; *) port=${PORTS[0]}; issuer=${PORTS[2]} ;; esac
        before=$(cpu "$name")
        output=$(java deploy/bench/ProvinceScaleBenchmark.java writes "http://127.0.0.1:$port" \
            "http://127.0.0.1:$issuer" "$connections" "$SECONDS_PER_RUN" "$WARM_UP" $children)
        after=$(cpu "$name")
        requests=${output##*| }         # all requests, warm-up included
        row=${output% *}
        per_request=$(awk -v a="$after" -v b="$before" -v n="$requests" \
            'BEGIN {if (n > 0) printf "%.1f", (a - b) * 1000 / n; else print "-"}')
        rows+=("| $round | $name $row $per_request | $(load) |")
        echo "${rows[-1]}"
    done
  done
done
data_demo=$(counts demo)
data_province=$(counts province)

# --- 4. the plans of the write path ------------------------------------------------------------------------------------
plans=()
for name in demo province; do
    case $name in demo) ports=("${PORTS[@]:3:3}") ;; *) ports=("${PORTS[@]:0:3}") ;; esac
    psql_as postgres "$name" <<SQL
alter system set session_preload_libraries = 'auto_explain';
alter system set auto_explain.log_min_duration = 0;
alter system set auto_explain.log_analyze = on;
alter system set auto_explain.log_buffers = on;
alter system set auto_explain.log_timing = off;
alter system set auto_explain.log_format = json;
alter system set auto_explain.log_triggers = on;
alter system set auto_explain.log_nested_statements = on;
alter system set logging_collector = on;
alter system set log_directory = '$WORK/$name-log';
alter system set log_filename = 'postgres.log';
SQL
    data=$(counts "$name")
    stop "$name"
    mkdir -p "$WORK/$name-log"
    chmod 777 "$WORK/$name-log" # PostgreSQL may run as nobody
    start "$name" "${ports[@]}"
    wait_ready "$name" 2
    offset=$(stat -c %s "$WORK/$name-log/postgres.log")
    java deploy/bench/ProvinceScaleBenchmark.java writes "http://127.0.0.1:${ports[0]}" \
        "http://127.0.0.1:${ports[2]}" 1 3 0 $children >/dev/null
    sleep 2
    plans+=("### $name ($data)" ""
        "$(java deploy/bench/ProvinceScaleBenchmark.java plans "$WORK/$name-log/postgres.log" "$offset")" "")
    cp "$WORK/$name-log/postgres.log" "$WORK/$name-plans.log"
done

{
    echo "# Province scale: generation and writes"
    echo
    echo "Run on $(date -u +%Y-%m-%d) at commit $(git rev-parse --short HEAD) with \`deploy/bench/run-province-scale.sh\`"
    echo "(CHILDREN=$CHILDREN, VISIT_MONTHS=$VISIT_MONTHS, CONNECTIONS=$CONNECTIONS, SECONDS_PER_RUN=$SECONDS_PER_RUN,"
    echo "WARM_UP=$WARM_UP, ROUNDS=$ROUNDS), on $(nproc) cores and $(( $(grep MemTotal /proc/meminfo | awk '{print $2}') / 1024 / 1024 )) GiB,"
    echo "embedded PostgreSQL 17 (durable: fsync and synchronous commit on), service and load generator on the same machine."
    echo
    echo "## Generation"
    echo
    echo "- $generation"
    echo
    echo "## recordVisit through /graphql as the village director"
    echo
    echo "Demo: $data_demo. Province: $data_province (counts after the runs)."
    echo "The director's village ($VILLAGE) holds the same children in both; each request records a phone contact to"
    echo "one of them in turn. CPU ms/request: the service and its PostgreSQL over the run and its warm-up, from /proc."
    echo
    echo "$header"
    echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "## Rows read by each statement of the write path"
    echo
    echo "auto_explain (log_analyze, log_buffers, log_nested_statements, log_triggers) over 3 s of recordVisit on one"
    echo "connection, after a restart. Per statement: the most rows any plan node returned (times its loops), the most"
    echo "rows a filter threw away, heap fetches, and the scans."
    echo
    printf '%s\n' "${plans[@]}"
} >"$RESULTS"
cat "$RESULTS"
