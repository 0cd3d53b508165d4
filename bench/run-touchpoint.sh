#!/usr/bin/env bash
# Starts touchpoint-service (packaged, embedded PostgreSQL on a fresh data directory), ingests
# generated interactions and times analytics calls; the report goes to bench/results/.
# Usage: bench/run-touchpoint.sh [events] [clients]     (default 1000000 4)
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/java-env
events=${1:-1000000}
clients=${2:-4}
./mvnw -q -B -ntp -pl touchpoint-service,bench -am package -DskipTests
data=$(mktemp -d)
port=18082
MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PWD/test-support/src/main/resources/trailmap-test-keys/test-only-publicKey.pem" \
MP_JWT_VERIFY_ISSUER=https://trailmap.test/issuer QUARKUS_HTTP_PORT=$port TRAILMAP_DATA_DIR="$data" \
QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
  java -Xmx2g -jar touchpoint-service/target/quarkus-app/quarkus-run.jar > "${TMPDIR:-/tmp}/touchpoint-bench-service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
  curl -sf "localhost:$port/q/health/ready" > /dev/null && break
  sleep 1
done
./mvnw -q -B -ntp -pl bench exec:java -Dbench.url="http://localhost:$port" -Dbench.token="$(bin/dev-token bench admin)" \
  -Dbench.events="$events" -Dbench.clients="$clients" -Dbench.out=bench/results/touchpoint-ingestion.md
