#!/usr/bin/env bash
# Start and memory of the packaged service in local mode, as the README runs it (java -Xmx512m -jar ...), 3,000 demo
# children: seconds from launch to the first answered GraphQL query on a new data directory and on a restart of the
# same one, then the service's resident memory (VmRSS) idle, under the P1 nested read (16 connections, 30 s, through
# autocannon of ../shared/bench's pinned tools when installed) and idle again. Writes
# deploy/bench/results/start-and-memory.md. Needs a JDK 17+, curl and python3.
#
#   deploy/bench/run-start-and-memory-benchmark.sh                  # builds first; RUNS=3 restarts
#   SKIP_BUILD=1 RUNS=5 HEAP=-Xmx512m deploy/bench/run-start-and-memory-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${RUNS:-3}
HEAP=${HEAP:--Xmx512m}
HTTP_PORT=${HTTP_PORT:-18280}
ISSUER_PORT=${ISSUER_PORT:-18281}
RESULTS=deploy/bench/results/start-and-memory.md
WORK=$(mktemp -d -t tonghu-start-XXXXXX)
AUTOCANNON=${NODE_DIR:-$HOME/.cache/tonghu-perf-tools}/node_modules/.bin/autocannon
QUERY_FILE=../shared/bench/p1-tonghu.graphql

[[ -n "${SKIP_BUILD:-}" ]] || ./mvnw -q package -DskipTests

SERVICE_PID=""
stop() {
    if [[ -n "$SERVICE_PID" ]]; then kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; fi
    SERVICE_PID=""
}
trap 'stop; rm -rf "$WORK"' EXIT

token() {
    curl -fsS -d grant_type=password -d client_id=tonghu-cli -d username=county.officer -d password=demo \
        "http://127.0.0.1:$ISSUER_PORT/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}
first_query='{"query":"{ children(first: 5) { edges { node { id name } } } }"}'

# start: launches the service on $WORK/data; ANSWERED_AFTER is the seconds until its first answered GraphQL query
start() {
    local began answered
    began=$(date +%s.%N)
    TONGHU_DATA_DIR="$WORK/data" TONGHU_DEMO_ISSUER_PORT="$ISSUER_PORT" QUARKUS_HTTP_PORT="$HTTP_PORT" \
    QUARKUS_MANAGEMENT_PORT=$((HTTP_PORT + 2)) java "$HEAP" -jar target/quarkus-app/quarkus-run.jar \
        >>"$WORK/service.log" 2>&1 &
    SERVICE_PID=$!
    for _ in $(seq 1 1200); do
        if ! kill -0 "$SERVICE_PID" 2>/dev/null; then cat "$WORK/service.log" >&2; exit 1; fi
        if t=$(token 2>/dev/null) && curl -fsS -o "$WORK/answer.json" -H "Authorization: Bearer $t" \
                -H 'Content-Type: application/json' -d "$first_query" "http://127.0.0.1:$HTTP_PORT/graphql" 2>/dev/null \
                && grep -q '"edges"' "$WORK/answer.json"; then
            answered=$(date +%s.%N)
            ANSWERED_AFTER=$(python3 -c "print(f'{$answered - $began:.1f}')")
            return 0
        fi
        sleep 0.1
    done
    echo "no answer in 120 s" >&2
    exit 1
}
rss() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$SERVICE_PID/status"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

new_dir_load=$(load)
start
new_dir=$ANSWERED_AFTER
stop
restarts=()
restart_loads=()
for _ in $(seq 1 "$RUNS"); do
    restart_loads+=("$(load)")
    start
    restarts+=("$ANSWERED_AFTER")
    stop
done

restart_loads+=("$(load)")
start
restarts+=("$ANSWERED_AFTER")
sleep 20
idle_rss=$(rss)
under_load="(autocannon not installed: run ../shared/bench/p1-side-by-side.sh once)"
idle_after=""
if [[ -x "$AUTOCANNON" ]]; then
    body=$(python3 -c "import json; print(json.dumps({'query': open('$QUERY_FILE').read(), 'variables': {'n': 50}}))")
    "$AUTOCANNON" -c 16 -d 30 -m POST -H "Authorization: Bearer $(token)" -H 'Content-Type: application/json' \
        -b "$body" "http://127.0.0.1:$HTTP_PORT/graphql" --json >"$WORK/load.json" 2>/dev/null &
    LOAD_PID=$!
    peak=0
    while kill -0 "$LOAD_PID" 2>/dev/null; do
        now=$(rss); (( now > peak )) && peak=$now
        sleep 1
    done
    requests=$(python3 -c "import json; r=json.load(open('$WORK/load.json')); print(r['requests']['total'], 'answered,',
        r['non2xx'], 'not 2xx,', r['errors'], 'errors,', r['timeouts'], 'timeouts')")
    under_load="peak ${peak} MiB during 30 s of the P1 read, first 50, 16 connections (${requests})"
    sleep 30
    idle_after="$(rss) MiB 30 s after that load"
fi
stop

{
    echo "# Start and memory"
    echo
    echo "Run on $(date -u +%Y-%m-%d) at commit $(git rev-parse --short HEAD) with"
    echo "\`deploy/bench/run-start-and-memory-benchmark.sh\` (RUNS=$RUNS), on $(nproc) cores and"
    echo "$(( $(grep MemTotal /proc/meminfo | awk '{print $2}') / 1024 / 1024 )) GiB, Java $(java -version 2>&1 | head -1 | cut -d'"' -f2):"
    echo "\`java $HEAP -jar target/quarkus-app/quarkus-run.jar\` in local mode (embedded PostgreSQL 17, 3,000 demo"
    echo "children). \"First answer\" is from launch to the first GraphQL query answered with data (a token from the demo"
    echo "issuer, then \`children(first: 5)\`), polled every 0.1 s; the load average (1, 5, 15 min) is taken before each start."
    echo
    echo "| start | first answer (s) | load before |"
    echo "|---|---|---|"
    echo "| new data directory (initdb, migrations, demo data generated) | $new_dir | $new_dir_load |"
    for i in "${!restarts[@]}"; do
        echo "| restart $((i + 1)) on the same data | ${restarts[$i]} | ${restart_loads[$i]} |"
    done
    echo
    echo "Resident memory of the service (VmRSS of the java process; the embedded PostgreSQL is apart):"
    echo
    echo "- idle, 20 s after its first answer: ${idle_rss} MiB"
    echo "- ${under_load}"
    [[ -n "$idle_after" ]] && echo "- ${idle_after}"
} >"$RESULTS"
cat "$RESULTS"
