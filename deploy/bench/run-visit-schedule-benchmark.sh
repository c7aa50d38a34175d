#!/usr/bin/env bash
# Loads one county of 20,000 children with a year of visits (about 300,000 rows) through the demo data generator,
# starts the packaged service on it in local mode, and times myWorkList and visitCompliance through /graphql.
# Writes the numbers to deploy/bench/results/visit-schedule.md. Needs only a JDK 17+ (run from anywhere).
#
#   deploy/bench/run-visit-schedule-benchmark.sh            # 20,000 children, 12 months of visits, 30 runs a case
#   CHILDREN=40000 RUNS=50 deploy/bench/run-visit-schedule-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

CHILDREN=${CHILDREN:-20000}
VISIT_MONTHS=${VISIT_MONTHS:-12}
RUNS=${RUNS:-30}
HTTP_PORT=${HTTP_PORT:-18080}
ISSUER_PORT=${ISSUER_PORT:-18181}
RESULTS=deploy/bench/results/visit-schedule.md
DATA_DIR=$(mktemp -d -t tonghu-bench-XXXXXX)
LOG="$DATA_DIR/service.log"

./mvnw -q package -DskipTests

cleanup() {
    if [[ -n "${SERVICE_PID:-}" ]]; then kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; fi
    rm -rf "$DATA_DIR"
}
trap cleanup EXIT

started=$(date +%s)
TONGHU_DATA_DIR="$DATA_DIR/data" TONGHU_DEMO_PLAN=single-county TONGHU_DEMO_CHILDREN="$CHILDREN" \
TONGHU_DEMO_VISIT_MONTHS="$VISIT_MONTHS" TONGHU_DEMO_ISSUER_PORT="$ISSUER_PORT" \
QUARKUS_HTTP_PORT="$HTTP_PORT" QUARKUS_MANAGEMENT_PORT=$((HTTP_PORT + 1)) \
    java -jar target/quarkus-app/quarkus-run.jar >"$LOG" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 600); do
    if grep -q "Listening on" "$LOG"; then break; fi
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then cat "$LOG"; exit 1; fi
    sleep 1
done
ready=$(( $(date +%s) - started ))
generated=$(grep -o "Demo data generated.*" "$LOG" | head -1)

output=$(java deploy/bench/VisitScheduleBenchmark.java "http://127.0.0.1:$HTTP_PORT" "http://127.0.0.1:$ISSUER_PORT" "$RUNS")
{
    echo "# Visit schedule benchmark"
    echo
    echo "Run on $(date -u +%Y-%m-%d) with \`deploy/bench/run-visit-schedule-benchmark.sh\` (CHILDREN=$CHILDREN,"
    echo "VISIT_MONTHS=$VISIT_MONTHS, RUNS=$RUNS), on $(nproc) cores and $(( $(grep MemTotal /proc/meminfo | awk '{print $2}') / 1024 / 1024 )) GiB,"
    echo "embedded PostgreSQL 17 with its default settings, service and benchmark on the same machine."
    echo
    echo "- ${generated}"
    echo "- Service ready ${ready} s after start (new database: migrations and generation included)."
    echo "- Times are end to end through \`/graphql\` on loopback as the county officer: HTTP, token check, scope,"
    echo "  SQL and the audit events each read writes."
    echo
    echo "$output"
} >"$RESULTS"
cat "$RESULTS"
