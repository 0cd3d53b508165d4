#!/usr/bin/env bash
# What PostgreSQL spends on an ingestion batch, part by part: pgbench runs touchpoint-service's own batch
# statement (taken from InteractionWriter, with events.sql's 1 000 generated events in place of the column
# arrays; 4 clients) for 1 M events against the schema as migrated, then against variants with one part
# taken away. PostgreSQL has the machine to itself: no service, no HTTP.
# Usage: bench/ingest-breakdown/run.sh   (PostgreSQL's initdb, pg_ctl, psql and pgbench on PG_BIN, default:
# the newest /usr/lib/postgresql/*/bin). Writes bench/ingest-breakdown/RESULTS.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
migrations="$here/../../touchpoint-service/src/main/resources/db/migration"
writer="$here/../../touchpoint-service/src/main/java/io/trailmap/touchpoint/ingest/InteractionWriter.java"
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}"
work="$(mktemp -d /tmp/trailmap-ingest-breakdown-XXXX)"
port=55439
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$work"
as_owner "$PG_BIN/initdb" -D "$work/data" -U postgres -A trust > /dev/null
as_owner "$PG_BIN/pg_ctl" -D "$work/data" -o "-p $port -k $work" -l "$work/log" start > /dev/null
trap 'as_owner "$PG_BIN/pg_ctl" -D "$work/data" -m fast stop > /dev/null; rm -rf "$work"' EXIT
export PGOPTIONS="-c client_min_messages=warning"
statement() {   # the writer's statement for pgbench: generated events, tenant 'bench'; $1 = with | without (the rollups)
  python3 - "$writer" "$here/events.sql" "$1" <<'PY'
import re, sys
sql = re.search(r'String SQL = """\n(.*?)"""', open(sys.argv[1]).read(), re.S).group(1)
events = open(sys.argv[2]).read()
sql = sql[:sql.index('WITH batch AS (')] + 'WITH batch AS (\n' + events + '),\n' + sql[sql.index('ins AS ('):]
sql = sql.replace('?', "'bench'")
if sys.argv[3] == 'without':
    sql = sql[:sql.index('progress AS (')].rstrip().rstrip(',') + '\nSELECT (SELECT count(*) FROM ins)'
print('\\set base random(1, 2000000000)\n' + sql.strip().rstrip(';') + ';')
PY
}
psql() { "$PG_BIN/psql" -h "$work" -p $port -U postgres -q -v ON_ERROR_STOP=1 "$@"; }
rate() {   # events/s over the given number of batches per client
  "$PG_BIN/pgbench" -h "$work" -p $port -U postgres -n -c 4 -j 2 -t "$2" -f "$work/$1" postgres 2>&1 \
    | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | awk '{ printf "%.0f", $1 * 1000 }'
}
variant() {   # label, statement file, SQL run after the migrations
  psql -c "DROP SCHEMA public CASCADE; CREATE SCHEMA public; CREATE SEQUENCE ids;"
  psql -f "$migrations/V2__interactions_and_rollups.sql" -f "$migrations/V4__rollup_fillfactor.sql"
  [ -n "$3" ] && psql -c "$3"
  psql -c "CHECKPOINT"
  local first rest
  first=$(rate "$2" 100)   # events 0 – 400 000
  rest=$(rate "$2" 150)    # events 400 000 – 1 000 000
  echo "| $1 | $first | $rest |" >> "$here/RESULTS.md"
  echo "$1: $first / $rest events/s"
}
statement with > "$work/batch.sql"
statement without > "$work/batch-without-rollups.sql"
{
  echo "# Ingestion batch, part by part (PostgreSQL alone)"
  echo
  echo "- run: $(date -u +%Y-%m-%dT%H:%M:%SZ), \`bench/ingest-breakdown/run.sh\`, $("$PG_BIN/postgres" --version), $(nproc) cores, server defaults"
  echo "- 1 000 000 events in batches of 1 000 (InteractionWriter's statement over \`events.sql\`), 4 pgbench clients; events/s = batches/s × 1 000"
  echo
  echo "| schema | events/s, first 400 000 | events/s, 400 000 – 1 000 000 |"
  echo "|---|---|---|"
} > "$here/RESULTS.md"
variant "as migrated (5 indexes on interactions, 2 rollup upserts)" batch.sql ""
variant "without the 3 analytics indexes" batch.sql "DROP INDEX interactions_customer, interactions_journey, interactions_touchpoint"
variant "rollup tables without free space (fillfactor 100, before V4)" batch.sql \
  "ALTER TABLE customer_stage_progress RESET (fillfactor); ALTER TABLE customer_journeys RESET (fillfactor)"
variant "without the rollups" batch-without-rollups.sql ""
echo "wrote $here/RESULTS.md"
