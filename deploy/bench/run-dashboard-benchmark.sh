#!/usr/bin/env bash
# The dashboards that answer questions (issue 15): a province officer's home, the dashboard for a month, quarter and
# year, one level down and at a county, a township supervisor's, the .xlsx of every table and the lists behind a
# figure, timed through the packaged service in local mode on a large database. Writes a Markdown section to $OUT
# (default deploy/bench/results/dashboard-last.md).
#
#   DATA=/work/bench-data/province-1m deploy/bench/run-dashboard-benchmark.sh
#       a Tonghu data directory (TONGHU_DATA_DIR of a local-mode run); the script works on a copy (cp -a) and never
#       touches the original. It waits until the service's job has built the compliance roll-up.
#   JAR=/path/to/quarkus-run.jar LABEL=... (another build, no Maven build), RUNS=5 (timed runs per case),
#   WARMUP=2 (untimed runs first), ports HTTP_PORT, MANAGEMENT_PORT, ISSUER_PORT; KEEP=1 keeps the copy.
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${RUNS:-5}
HTTP_PORT=${HTTP_PORT:-18141}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-19141}
ISSUER_PORT=${ISSUER_PORT:-18241}
OUT=${OUT:-deploy/bench/results/dashboard-last.md}
LABEL=${LABEL:-$(git rev-parse --short HEAD)}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tonghu-dashboard-XXXXXX")
LOG="$WORK/service.log"

if [[ -z "${JAR:-}" ]]; then
    ./mvnw -q -o package -DskipTests
    JAR=target/quarkus-app/quarkus-run.jar
fi

cleanup() {
    if [[ -n "${SERVICE_PID:-}" ]]; then kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; fi
    if [[ -z "${KEEP:-}" ]]; then rm -rf "$WORK"; else echo "kept $WORK"; fi
}
trap cleanup EXIT

if [[ -n "${DATA:-}" ]]; then
    copied=$(date +%s)
    cp -a "$DATA" "$WORK/data"
    rm -f "$WORK/data/postgres/postmaster.pid"
    echo "copied $DATA in $(( $(date +%s) - copied )) s"
fi

started=$(date +%s)
TONGHU_DATA_DIR="$WORK/data" TONGHU_DEMO_PLAN="${PLAN:-demo}" TONGHU_DEMO_CHILDREN="${CHILDREN:-3000}" \
TONGHU_DEMO_VISIT_MONTHS="${VISIT_MONTHS:-12}" TONGHU_DEMO_ISSUER_PORT="$ISSUER_PORT" \
QUARKUS_HTTP_PORT="$HTTP_PORT" QUARKUS_MANAGEMENT_PORT="$MANAGEMENT_PORT" \
    java ${JAVA_OPTS:--Xmx512m} -jar "$JAR" >"$LOG" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 3600); do
    if grep -q "Listening on" "$LOG"; then break; fi
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then cat "$LOG"; exit 1; fi
    sleep 1
done
ready=$(( $(date +%s) - started ))
PORT=$(sed -n 4p "$WORK/data/postgres/postmaster.pid")
POSTMASTER=$(sed -n 1p "$WORK/data/postgres/postmaster.pid")
sql() { psql -h 127.0.0.1 -p "$PORT" -U tonghu -d tonghu -Atc "$1"; }

# the compliance roll-up: built by the service's job in the background; wait until every region is built
rollup="not in this build"
if [[ "$(sql "select to_regclass('visit_compliance_build') is not null")" == "t" ]]; then
    waited=$(date +%s)
    for _ in $(seq 1 3600); do
        unbuilt=$(sql "select count(*) from region r left join visit_compliance_build b on b.village_code = r.code
                       where b.through_month is null")
        if [[ "$unbuilt" == "0" ]]; then break; fi
        sleep 2
    done
    built=$(grep -o 'Compliance roll-up built.*' "$LOG" | tail -1 || true)
    rollup="built $(( $(date +%s) - waited )) s after ready: ${built:-already built}"
fi
sizes=$(sql "select 'children ' || (select count(*) from child) || ', visits ' || (select count(*) from visit)
             || ', regions ' || (select count(*) from region) || ', appointments ' || (select count(*) from appointment)")

output=$(java deploy/bench/DashboardBenchmark.java "http://127.0.0.1:$HTTP_PORT" "$SERVICE_PID" "$POSTMASTER" "$RUNS")
{
    echo "## $LABEL: $(date -u '+%Y-%m-%d %H:%M') UTC"
    echo
    echo "\`deploy/bench/run-dashboard-benchmark.sh\` (RUNS=$RUNS, WARMUP=${WARMUP:-2}, jar $JAR, data ${DATA:-generated: ${CHILDREN:-3000} children, plan ${PLAN:-demo}}),"
    echo "$(nproc) cores, $(( $(grep MemTotal /proc/meminfo | awk '{print $2}') / 1024 / 1024 )) GiB, embedded PostgreSQL 17; load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo
    echo "- Database: $sizes."
    echo "- Service ready ${ready} s after start (migrations included)."
    echo "- Compliance roll-up: $rollup."
    echo
    echo "$output"
    echo
} >"$OUT"
cat "$OUT"
