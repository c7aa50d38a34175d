#!/usr/bin/env bash
# Annual progress reports (issue 15): a county's report compiled from a large county's data and a city's summed,
# timed through the packaged service in local mode. Writes a Markdown section to $OUT
# (default deploy/bench/results/progress-report-last.md).
#
#   PLAN=single-county CHILDREN=100000 VISIT_MONTHS=3 deploy/bench/run-progress-report-benchmark.sh
#       generates the data in a fresh directory (沁水, the county officer's county, for single-county);
#   DATA=/work/bench-data/province-1m deploy/bench/run-progress-report-benchmark.sh
#       works on a copy (cp -a) of a Tonghu data directory instead.
#   JAR=... (another build), YEAR=2025 (the report's year), RUNS=5, ports HTTP_PORT, MANAGEMENT_PORT, ISSUER_PORT;
#   KEEP=1 keeps the copy.
# The officers start 沁水's and 晋城's reports of YEAR, so any the data already hold for YEAR (the demo data has 2026's:
# 沁水 submitted, 晋城 a draft) are deleted first, in the copy or the generated directory only.
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${RUNS:-5}
YEAR=${YEAR:-2025}
HTTP_PORT=${HTTP_PORT:-18143}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-19143}
ISSUER_PORT=${ISSUER_PORT:-18243}
OUT=${OUT:-deploy/bench/results/progress-report-last.md}
LABEL=${LABEL:-$(git rev-parse --short HEAD)}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tonghu-progress-XXXXXX")
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
    cp -a "$DATA" "$WORK/data"
    rm -f "$WORK/data/postgres/postmaster.pid"
fi

started=$(date +%s)
TONGHU_DATA_DIR="$WORK/data" TONGHU_DEMO_PLAN="${PLAN:-single-county}" TONGHU_DEMO_CHILDREN="${CHILDREN:-100000}" \
TONGHU_DEMO_VISIT_MONTHS="${VISIT_MONTHS:-3}" TONGHU_DEMO_ISSUER_PORT="$ISSUER_PORT" \
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
sql() { psql -h 127.0.0.1 -p "$PORT" -U tonghu -d tonghu -Atc "$1"; }
sizes=$(sql "select 'children ' || (select count(*) from child) || ' (沁水 ' || (select count(*) from child
             where residence_village_code like '140521%') || '), visits ' || (select count(*) from visit)")
generated=$(grep -o 'Demo data generated.*' "$LOG" | tail -1 || true)
ours="year = $YEAR and region_code in ('140521000000', '140500000000')"
cleared=$(sql "select count(*) from progress_report where $ours")
sql "delete from progress_report_summed_version where city_version_id in (select v.id from progress_report_version v
         join progress_report r on r.id = v.report_id where r.$ours) or county_version_id in (select v.id
         from progress_report_version v join progress_report r on r.id = v.report_id where r.$ours)" >/dev/null 2>&1 || true
sql "delete from progress_report_figure where version_id in (select v.id from progress_report_version v
         join progress_report r on r.id = v.report_id where r.$ours);
     delete from progress_report_version where report_id in (select id from progress_report where $ours);
     delete from progress_report where $ours" >/dev/null

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
output=$(java deploy/bench/ProgressReportBenchmark.java "http://127.0.0.1:$HTTP_PORT" "$YEAR" "$RUNS")
{
    echo "## $LABEL: $(date -u '+%Y-%m-%d %H:%M') UTC"
    echo
    echo "\`deploy/bench/run-progress-report-benchmark.sh\` (RUNS=$RUNS, YEAR=$YEAR, data ${DATA:-generated: ${CHILDREN:-100000} children, plan ${PLAN:-single-county}, ${VISIT_MONTHS:-3} months of visits}),"
    echo "$(nproc) cores, embedded PostgreSQL; load average before the timed requests: $load_before, at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo
    echo "- Database: $sizes; reports of $YEAR deleted first (沁水, 晋城): $cleared."
    echo "- Service ready ${ready} s after start (migrations and generation included). ${generated}"
    echo
    echo "$output"
    echo
} >"$OUT"
cat "$OUT"
