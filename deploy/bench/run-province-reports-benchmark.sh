#!/usr/bin/env bash
# Province-scale reports (issue 13): visit compliance of the province and a city, director and village staffing,
# training coverage, the officer's dashboard and a county's work list, timed through the packaged service in local
# mode on a large database. Writes a Markdown section to $OUT (default deploy/bench/results/province-reports-last.md).
#
#   DATA=/work/bench-data/province-1m deploy/bench/run-province-reports-benchmark.sh
#       a Tonghu data directory (TONGHU_DATA_DIR of a local-mode run); the script works on a copy (cp -a) and never
#       touches the original. Starting this build on the copy runs its migrations (V22 builds the per-village counts)
#       and the compliance roll-up job; both are timed.
#   CHILDREN=150000 PLAN=demo deploy/bench/run-province-reports-benchmark.sh
#       without DATA: generates the data with the demo data generator first (slow at this size).
#   JAR=/path/to/quarkus-run.jar LABEL=before ...   another build (e.g. main before the change), no Maven build
#   RUNS=10 (timed runs per case; the work lists run 3x as many), WARMUP=3 (untimed runs first; WARMUP_HOT=300 for
#   the work lists, the path every director and officer uses all day), ports HTTP_PORT,
#   MANAGEMENT_PORT, ISSUER_PORT; KEEP=1 keeps the copy.
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${RUNS:-10}
HTTP_PORT=${HTTP_PORT:-18093}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-19023}
ISSUER_PORT=${ISSUER_PORT:-18193}
OUT=${OUT:-deploy/bench/results/province-reports-last.md}
LABEL=${LABEL:-$(git rev-parse --short HEAD)}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tonghu-province-XXXXXX")
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
v22=$(grep -A1 'to version "22' "$LOG" | grep -o '^[0-9:,.]*' | tr '\n' ' ' || true)

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

output=$(java deploy/bench/ProvinceReportsBenchmark.java "http://127.0.0.1:$HTTP_PORT" "http://127.0.0.1:$ISSUER_PORT" \
    "$SERVICE_PID" "$POSTMASTER" "$RUNS")
{
    echo "## $LABEL: $(date -u '+%Y-%m-%d %H:%M') UTC"
    echo
    echo "\`deploy/bench/run-province-reports-benchmark.sh\` (RUNS=$RUNS, WARMUP=${WARMUP:-3}, WARMUP_HOT=${WARMUP_HOT:-300}, jar $JAR, data ${DATA:-generated: ${CHILDREN:-3000} children, plan ${PLAN:-demo}}),"
    echo "$(nproc) cores, $(( $(grep MemTotal /proc/meminfo | awk '{print $2}') / 1024 / 1024 )) GiB, embedded PostgreSQL 17; load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo
    echo "- Database: $sizes."
    echo "- Service ready ${ready} s after start; V22 migration (log times of its start and of the next line): ${v22:-not run}."
    echo "- Compliance roll-up: $rollup."
    echo
    echo "$output"
    echo
} >"$OUT"
cat "$OUT"
