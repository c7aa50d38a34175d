#!/usr/bin/env bash
# Starts the packaged service in local mode on the default demo data, fills its audit trail to 1,000,000 events
# through the embedded PostgreSQL (each batch sealed into the chain once committed), and times through /graphql, as the
# demo auditor, the verification of the whole chain (auditChain, with the service's resident memory) and the
# auditor's searches (auditEvents by record id and by operation). Writes the numbers to
# deploy/bench/results/audit-chain.md. Needs only a JDK 17+ (run from anywhere).
#
#   deploy/bench/run-audit-chain-benchmark.sh                  # 1,000,000 events, 30 runs a search
#   EVENTS=200000 RUNS=50 deploy/bench/run-audit-chain-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

EVENTS=${EVENTS:-1000000}
BATCH=${BATCH:-50000}
RUNS=${RUNS:-30}
HTTP_PORT=${HTTP_PORT:-18090}
ISSUER_PORT=${ISSUER_PORT:-18191}
RESULTS=deploy/bench/results/audit-chain.md
DATA_DIR=$(mktemp -d -t tonghu-bench-XXXXXX)
LOG="$DATA_DIR/service.log"

./mvnw -q package -DskipTests

cleanup() {
    if [[ -n "${SERVICE_PID:-}" ]]; then kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; fi
    rm -rf "$DATA_DIR"
}
trap cleanup EXIT

started=$(date +%s)
TONGHU_DATA_DIR="$DATA_DIR/data" TONGHU_DEMO_ISSUER_PORT="$ISSUER_PORT" \
QUARKUS_HTTP_PORT="$HTTP_PORT" QUARKUS_MANAGEMENT_PORT=$((HTTP_PORT + 1)) \
    java -jar target/quarkus-app/quarkus-run.jar >"$LOG" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 600); do
    if grep -q "Listening on" "$LOG"; then break; fi
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then cat "$LOG"; exit 1; fi
    sleep 1
done
ready=$(( $(date +%s) - started ))
generated=$(grep -o "Demo data generated.*" "$LOG" | head -1 || true)

# Local mode logs the data directory, not the database's port: PostgreSQL writes it on line 4 of postmaster.pid.
PG_PORT=$(sed -n 4p "$DATA_DIR/data/postgres/postmaster.pid")
JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/tonghu"
DRIVER=$(ls target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar)

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
bench_started=$(date +%s)
output=$(java -cp "$DRIVER" deploy/bench/AuditChainBenchmark.java "http://127.0.0.1:$HTTP_PORT" \
    "http://127.0.0.1:$ISSUER_PORT" "$JDBC_URL" "$SERVICE_PID" "$EVENTS" "$RUNS" "$BATCH")
bench_minutes=$(( ($(date +%s) - bench_started + 59) / 60 ))
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
{
    echo "# Audit chain benchmark"
    echo
    echo "Run on $(date -u +%Y-%m-%d) with \`deploy/bench/run-audit-chain-benchmark.sh\` (EVENTS=$EVENTS, BATCH=$BATCH,"
    echo "RUNS=$RUNS), on $(nproc) cores and $(( $(grep MemTotal /proc/meminfo | awk '{print $2}') / 1024 / 1024 )) GiB,"
    echo "embedded PostgreSQL 17 with its default settings (durable commits), service and benchmark on the same"
    echo "machine, the JVM with its default heap. Load average (1, 5, 15 min) $load_before at the start of the fill,"
    echo "$load_after at the end ($bench_minutes min later): the machine was shared, so read the numbers as rough."
    echo
    echo "- ${generated:-Demo data: as the default demo plan generates it.}"
    echo "- Service ready ${ready} s after start (new database: migrations and demo data included)."
    echo "- Times are end to end through \`/graphql\` on loopback as the demo auditor: HTTP, token check, SQL, JSON."
    echo
    echo "$output"
} >"$RESULTS"
cat "$RESULTS"
