#!/usr/bin/env bash
# P1 side by side with PostGraphile v4 (../shared/bench/p1-side-by-side.sh, its README beside it): the packaged
# service started as the README starts it (java -Xmx512m -jar ...) in local mode on a new data directory (3,000 demo
# children), the county officer's nested children read at first 10, 50 and 100 with 16 connections in interleaved
# rounds, then the same read at first 50 with 1, 2, 4, 16 and 64 connections (does throughput rise with connections
# up to the cores and hold to 64?). Each part is run once to warm both sides up and once measured. Writes
# deploy/bench/results/p1.md with the harness's own lines (req/s, p50/p99, CPU per request of service and database,
# load average). Needs a JDK 17+, node and npm (the harness installs its pinned tools once), curl, python3.
#
#   deploy/bench/run-p1-benchmark.sh                      # about 25 minutes on 2 cores
#   SKIP_BUILD=1 FIRST="50" ROUNDS=2 SWEEP="1 16 64" deploy/bench/run-p1-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

FIRST=${FIRST:-10 50 100}
ROUNDS=${ROUNDS:-3}
SWEEP=${SWEEP:-1 2 4 16 64}
HEAP=${HEAP:--Xmx512m}
HTTP_PORT=${HTTP_PORT:-18380}
ISSUER_PORT=${ISSUER_PORT:-18381}
RESULTS=deploy/bench/results/p1.md
HARNESS=../shared/bench/p1-side-by-side.sh
WORK=$(mktemp -d -t tonghu-p1-XXXXXX)

[[ -n "${SKIP_BUILD:-}" ]] || ./mvnw -q package -DskipTests

SERVICE_PID=""
trap 'if [[ -n "$SERVICE_PID" ]]; then kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; fi
      rm -rf "$WORK"' EXIT
TONGHU_DATA_DIR="$WORK/data" TONGHU_DEMO_ISSUER_PORT="$ISSUER_PORT" QUARKUS_HTTP_PORT="$HTTP_PORT" \
QUARKUS_MANAGEMENT_PORT=$((HTTP_PORT + 2)) java "$HEAP" -jar target/quarkus-app/quarkus-run.jar >"$WORK/service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 600); do
    curl -fs -o /dev/null "http://127.0.0.1:$((HTTP_PORT + 2))/q/health/ready" && break
    kill -0 "$SERVICE_PID" 2>/dev/null || { cat "$WORK/service.log" >&2; exit 1; }
    sleep 0.5
done
DATA="$WORK/data"
PG_PORT_OF_DATA=$(sed -n 4p "$DATA/postgres/postmaster.pid")

harness() { # harness FIRST ROUNDS CONNECTIONS
    TONGHU_URL="http://127.0.0.1:$HTTP_PORT/graphql" ISSUER_URL="http://127.0.0.1:$ISSUER_PORT" FIRST="$1" \
    ROUNDS="$2" CONNECTIONS="$3" TONGHU_PID="$SERVICE_PID" POSTMASTER_PID=$(head -1 "$DATA/postgres/postmaster.pid") \
        "$HARNESS" "postgres://tonghu@127.0.0.1:$PG_PORT_OF_DATA/tonghu"
}

harness "$FIRST" 1 16 >"$WORK/warm-up.txt" 2>&1
harness "$FIRST" "$ROUNDS" 16 >"$WORK/page-sizes.txt" 2>&1
harness 50 1 64 >"$WORK/sweep-warm-up.txt" 2>&1
for c in $SWEEP; do
    harness 50 1 "$c" >"$WORK/sweep-$c.txt" 2>&1
done

{
    echo "# P1: the nested children read side by side with PostGraphile v4"
    echo
    echo "Run on $(date -u +%Y-%m-%d) at commit $(git rev-parse --short HEAD) with \`deploy/bench/run-p1-benchmark.sh\`"
    echo "(FIRST=\"$FIRST\", ROUNDS=$ROUNDS, SWEEP=\"$SWEEP\"), on $(nproc) cores, service, PostgreSQL, PostGraphile and"
    echo "the load generator on the same machine: \`java $HEAP -jar\` in local mode, 3,000 demo children, the county"
    echo "officer (scope, field policy and audit on). A warm-up run of both sides came first (not shown)."
    echo
    echo "## Page sizes, 16 connections"
    echo
    echo '```'
    grep -E '^(first=|round|summary|P1 ratio)' "$WORK/page-sizes.txt"
    echo '```'
    echo
    echo "## Connections, first 50 (one 15 s round each)"
    echo
    echo '```'
    for c in $SWEEP; do
        echo "c=$c: $(grep -E '^round' "$WORK/sweep-$c.txt")"
    done
    echo '```'
} >"$RESULTS"
cat "$RESULTS"
