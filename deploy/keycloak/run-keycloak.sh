#!/usr/bin/env bash
# Runs a real Keycloak on 127.0.0.1 with the Tonghu realm (tonghu-realm.json), for local checks and CI.
# Keycloak comes from Maven Central as org.keycloak:keycloak-quarkus-dist (a zip), unpacked under target/keycloak.
# The realm is imported afresh at every start. Stop it with Ctrl-C (or kill the process).
#   KEYCLOAK_PORT (default 8180)   KEYCLOAK_ADMIN_PASSWORD (default: generated and printed)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
version=26.5.6
port=${KEYCLOAK_PORT:-8180}
downloads="$root/target/keycloak"
home="$downloads/keycloak-$version"

if [ ! -x "$home/bin/kc.sh" ]; then
  mkdir -p "$downloads"
  "$root/mvnw" -q -B -f "$root/pom.xml" dependency:copy \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$version:zip" -DoutputDirectory="$downloads"
  unzip -q -o "$downloads/keycloak-quarkus-dist-$version.zip" -d "$downloads"
fi

# A fresh realm at every start: an existing realm is never re-imported.
rm -rf "$home/data/h2"
mkdir -p "$home/data/import"
cp "$here/tonghu-realm.json" "$home/data/import/tonghu-realm.json"

# Keep Keycloak from looking up names off this machine.
hosts="$downloads/hosts"
printf '127.0.0.1 localhost %s\n::1 localhost\n' "$(hostname)" > "$hosts"
export JAVA_OPTS_APPEND="-Dliquibase.analytics.enabled=false -Djdk.net.hosts.file=$hosts"
export KC_BOOTSTRAP_ADMIN_USERNAME=admin
export KC_BOOTSTRAP_ADMIN_PASSWORD=${KEYCLOAK_ADMIN_PASSWORD:-$(head -c 18 /dev/urandom | base64 | tr -d '/+=')}
echo "Keycloak admin console: http://127.0.0.1:$port/admin (admin / $KC_BOOTSTRAP_ADMIN_PASSWORD)"
echo "Tonghu issuer: http://127.0.0.1:$port/realms/tonghu"
exec "$home/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$port" \
  --hostname="http://127.0.0.1:$port" --import-realm
