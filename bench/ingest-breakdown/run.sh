#!/usr/bin/env bash
# What PostgreSQL spends per ingested event, part by part. pgbench runs touchpoint-service's own statements, read
# from its resources: sql/store-interactions.sql (events.sql's 1 000 generated events in place of the 14 column
# arrays; 4 clients) against the schema as migrated with parts taken away, then sql/fold-rollup-work.sql (the rollup
# worker's fold, claiming work items as sql/claim-rollup-work.sql does; 1 client, as one replica's worker) over the
# queued events, then both together. 1 M events per row. Events/s from pgbench; PostgreSQL's CPU per event from /proc
# (every server process, exited ones included). PostgreSQL has the machine to itself: no service, no HTTP; its
# settings are bench/postgresql-for-ingestion.conf, as bench/run.sh gives them to the bench's database.
# Usage: bench/ingest-breakdown/run.sh   (PostgreSQL's initdb, pg_ctl, psql and pgbench on PG_BIN, default:
# the newest /usr/lib/postgresql/*/bin). Writes bench/ingest-breakdown/RESULTS.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
resources="$here/../../touchpoint-service/src/main/resources"
migrations="$resources/db/migration"
conf="$here/../postgresql-for-ingestion.conf"
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}"
work="$(mktemp -d /tmp/trailmap-ingest-breakdown-XXXX)"
port=55439
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$work"
settings=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' -e 's/[[:space:]]*=[[:space:]]*/=/' -e 's/[[:space:]]*$//' -e 's/^/-c /' "$conf" | tr '\n' ' ')
as_owner "$PG_BIN/initdb" -D "$work/data" -U postgres -A trust > /dev/null
as_owner "$PG_BIN/pg_ctl" -D "$work/data" -o "-p $port -k $work $settings" -l "$work/log" -w start > /dev/null
fold_loop_pid="" autovacuum_pid=""
trap 'for p in $fold_loop_pid $autovacuum_pid; do kill "$p" 2>/dev/null || true; done; as_owner "$PG_BIN/pg_ctl" -D "$work/data" -m fast stop > /dev/null; rm -rf "$work"' EXIT
export PGOPTIONS="-c client_min_messages=warning"

script() {   # a pgbench script from the service's SQL: store | store-without-work | fold-<items per transaction>
  python3 - "$resources/sql" "$here/events.sql" "$1" <<'PY'
import re, sys
sqldir, events, mode = sys.argv[1:4]
def sql_of(path):   # without comments and the final semicolon
    return re.sub(r'--[^\n]*', '', open(path).read()).strip().rstrip(';').strip()
if mode.startswith('store'):
    sql = sql_of(sqldir + '/store-interactions.sql')
    start, end = sql.index('batch AS ('), sql.index('ins AS (')
    sql = sql[:start] + 'batch AS (\n' + sql_of(events) + '\n),\n' + sql[end:]
    assert sql.count('?') == 3, 'store-interactions.sql: expected, after the arrays, the tenant twice and the batch size'
    for value in ("'bench'", "'bench'", '1000'):
        sql = sql.replace('?', value, 1)
    if mode == 'store-without-work':
        work, final = sql.index('work AS ('), sql.rindex('\nSELECT ')
        assert work < final
        sql = sql[:work].rstrip().rstrip(',') + '\nSELECT (SELECT count(*) FROM ins) AS stored'
    print('\\set base random(1, 2000000000)\n' + sql + ';')
else:
    items = int(mode.split('-')[1])
    sql = sql_of(sqldir + '/fold-rollup-work.sql')
    claim = sql_of(sqldir + '/claim-rollup-work.sql')
    arrays = 'unnest(?::text[], ?::bigint[])'
    assert sql.count(arrays) == 1 and sql.count('?') == 2, 'fold-rollup-work.sql: expected the claimed items as two arrays'
    assert claim.count('?') == 1, 'claim-rollup-work.sql: expected the limit as its one parameter'
    # as the worker does: one transaction, the claim, then the fold with the claimed items as bound array parameters
    # (pgbench -M prepared turns :tenants and :seqs into parameters, as PgJDBC sends the worker's arrays)
    print('BEGIN;')
    print("SELECT coalesce(array_agg(tenant_id), '{}') AS tenants, coalesce(array_agg(first_seq), '{}') AS seqs FROM ("
          + claim.replace('?', str(items)) + ') c \\gset')
    print(sql.replace(arrays, 'unnest(:tenants::text[], :seqs::bigint[])') + ';')
    print('COMMIT;')
PY
}
psql() { "$PG_BIN/psql" -h "$work" -p $port -U postgres -q -v ON_ERROR_STOP=1 "$@"; }
pg_cpu() {   # CPU seconds of the server so far: the postmaster, its children, and the children it has reaped
  python3 - "$work/data/postmaster.pid" <<'PY'
import os, sys
pm = int(open(sys.argv[1]).readline())
def stat(pid):
    s = open('/proc/%d/stat' % pid).read()
    return s[s.rindex(')') + 2:].split()
total = sum(int(x) for x in stat(pm)[11:15])
for p in os.listdir('/proc'):
    if p.isdigit():
        try:
            f = stat(int(p))
            if int(f[1]) == pm:
                total += int(f[11]) + int(f[12])
        except (OSError, ValueError):
            pass
print(total / os.sysconf('SC_CLK_TCK'))
PY
}
autovacuum_start() {   # samples the autovacuum workers' CPU every 0.2 s until autovacuum_stop (workers come and go)
  rm -f "$work/autovacuum.txt" "$work/autovacuum.ready"
  python3 - "$work/data/postmaster.pid" "$work/autovacuum.txt" <<'PY' &
import os, signal, sys, time
pm, seen, first_pass = int(open(sys.argv[1]).readline()), {}, True
def stop(*_):
    open(sys.argv[2] + '.tmp', 'w').write(str(sum(last - first for first, last in seen.values()) / os.sysconf('SC_CLK_TCK')))
    os.rename(sys.argv[2] + '.tmp', sys.argv[2])
    sys.exit(0)
signal.signal(signal.SIGTERM, stop)
open(sys.argv[2].replace('.txt', '.ready'), 'w').close()
while True:
    for p in os.listdir('/proc'):
        try:
            s = open('/proc/%s/stat' % p).read() if p.isdigit() else ''
            f = s[s.rindex(')') + 2:].split() if s else None
            if f and int(f[1]) == pm and b'autovacuum worker' in open('/proc/%s/cmdline' % p, 'rb').read():
                cpu = int(f[11]) + int(f[12])
                seen.setdefault(int(p), [cpu if first_pass else 0, cpu])[1] = cpu
        except (OSError, ValueError):
            pass
    first_pass = False
    time.sleep(0.2)
PY
  autovacuum_pid=$!
  while [ ! -e "$work/autovacuum.ready" ]; do sleep 0.1; done   # its signal handler in place
}
autovacuum_stop() {   # autovacuum = the autovacuum workers' CPU seconds since autovacuum_start (not in a subshell: it waits)
  kill "$autovacuum_pid"; wait "$autovacuum_pid" 2>/dev/null || true; autovacuum_pid=""
  autovacuum=$(cat "$work/autovacuum.txt")
}
others_cpu() {   # CPU seconds so far of every process outside this script's and the server's trees (another build skews the rows)
  python3 - "$$" "$work/data/postmaster.pid" <<'PY'
import os, sys
roots = {int(sys.argv[1]), int(open(sys.argv[2]).readline())}
stats = {}
for p in os.listdir('/proc'):
    if p.isdigit():
        try:
            s = open('/proc/%s/stat' % p).read()
            stats[int(p)] = s[s.rindex(')') + 2:].split()
        except OSError:
            pass
ours, grew = set(roots), True
while grew:
    more = {pid for pid, f in stats.items() if int(f[1]) in ours} - ours
    grew = bool(more)
    ours |= more
print(sum(sum(int(x) for x in f[11:15]) for pid, f in stats.items() if pid not in ours) / os.sysconf('SC_CLK_TCK'))
PY
}
share() {   # others' CPU since $1 (seconds) over the wall time since $2 (epoch seconds), as % of the machine
  printf %.0f "$(echo "100 * ($(others_cpu) - $1) / (($(date +%s.%N) - $2) * $(nproc))" | bc -l)"
}
wait_quiet() {   # until other processes take under 5 % of the machine for 5 s (at most 15 minutes)
  local deadline=$(( $(date +%s) + 900 )) o t
  while [ "$(date +%s)" -lt $deadline ]; do
    o=$(others_cpu) t=$(date +%s.%N); sleep 5
    [ "$(share "$o" "$t")" -lt 5 ] && return 0
  done
  echo "(the machine did not get quiet within 15 minutes; measuring anyway)" >&2
}
tps() {   # transactions/s of pgbench: script, clients, transactions per client (the fold's scripts as prepared statements)
  local protocol=simple
  case "$1" in fold*) protocol=prepared ;; esac
  "$PG_BIN/pgbench" -h "$work" -p $port -U postgres -n -M $protocol -c "$2" -j "$(( $2 < 2 ? 1 : 2 ))" -t "$3" -f "$work/$1" postgres 2>&1 \
    | sed -n 's/^tps = \([0-9.]*\).*/\1/p'
}
fresh() {   # the schema as migrated (every migration in version order), then SQL that takes a part away
  psql -c "DROP SCHEMA public CASCADE; CREATE SCHEMA public;"
  local m
  for m in $(ls "$migrations" | sort -t_ -k1.2n); do psql -f "$migrations/$m"; done
  [ -z "$1" ] || psql -c "$1"
  psql -c "CHECKPOINT"
}
previous=""
row() {   # label, events/s first, events/s rest, µs per event, of which autovacuum, the part's own µs (difference or itself), others' CPU %
  echo "| $1 | $2 | $3 | $4 | $5 | $6 | $7 % |" >> "$here/RESULTS.md"
  echo "$1: $2 / $3 events/s, $4 µs/event (autovacuum $5; part $6), others $7 %"
}
us() { printf %.1f "$(echo "$1 * 1000000 / $2" | bc -l)"; }   # seconds over events, in µs per event
ingest() {   # label, script, SQL after the migrations: 1 M events, 4 clients; measured again (up to 3 times) while others
  # take over 10 % of the machine, the least disturbed attempt kept
  local attempt best="" best_share=101 cpu first rest per autovacuum others started used
  for attempt in 1 2 3; do
    fresh "$3"
    wait_quiet
    cpu=$(pg_cpu) others=$(others_cpu) started=$(date +%s.%N)
    autovacuum_start
    first=$(tps "$2" 4 100)   # events 0 – 400 000
    rest=$(tps "$2" 4 150)    # events 400 000 – 1 000 000
    per=$(echo "($(pg_cpu) - $cpu) * 1000000 / 1000000" | bc -l)
    autovacuum_stop; autovacuum=$(us "$autovacuum" 1000000)
    used=$(share "$others" "$started")
    if [ "$used" -lt "$best_share" ]; then
      best_share=$used best="$first $rest $per $autovacuum"
    fi
    [ "$used" -le 10 ] && break
    echo "($1: others took $used % of the machine; measuring it again)"
  done
  read -r first rest per autovacuum <<< "$best"
  row "$1" "$(printf %.0f "$(echo "$first * 1000" | bc -l)")" "$(printf %.0f "$(echo "$rest * 1000" | bc -l)")" \
    "$(printf %.1f "$per")" "$autovacuum" \
    "${previous:+$(printf "%+.1f" "$(echo "$per - $previous" | bc -l)")}" "$best_share"
  previous=$per
}
fold() {   # label, items per transaction, transactions: over the work queued by the last ingest
  local cpu rate per others started autovacuum
  wait_quiet
  cpu=$(pg_cpu) others=$(others_cpu) started=$(date +%s.%N)
  autovacuum_start
  rate=$(echo "$(tps "fold-$2.sql" 1 "$3") * $2 * 1000" | bc -l)
  per=$(echo "($(pg_cpu) - $cpu) * 1000000 / ($2 * $3 * 1000)" | bc -l)
  autovacuum_stop
  row "$1" "" "$(printf %.0f "$rate")" "$(printf %.1f "$per")" "$(us "$autovacuum" $(( $2 * $3 * 1000 )))" \
    "$(printf %.1f "$per")" "$(share "$others" "$started")"
}
queued() { psql -Atc "SELECT count(*) FROM rollup_work"; }

script store-without-work > "$work/store-without-work.sql"
script store > "$work/store.sql"
for items in 100 5; do script "fold-$items" > "$work/fold-$items.sql"; done
{ echo '\set pause 10'; cat "$work/fold-100.sql"; echo '\sleep :pause ms'; } > "$work/fold-loop.sql"
{
  echo "# Ingestion, part by part (PostgreSQL alone)"
  echo
  echo "- run: $(date -u +%Y-%m-%dT%H:%M:%SZ), \`bench/ingest-breakdown/run.sh\`, $("$PG_BIN/postgres" --version), $(nproc) cores"
  echo "- server settings (\`bench/postgresql-for-ingestion.conf\`, as bench/run.sh gives the bench's database): $(psql -Atc \
    "SELECT string_agg(name || ' = ' || current_setting(name), ', ' ORDER BY name) FROM pg_settings WHERE source = 'command line' AND name NOT IN ('port', 'unix_socket_directories')")"
  echo "- 1 000 000 events per row in batches of 1 000: touchpoint-service's \`sql/store-interactions.sql\` over \`events.sql\`"
  echo "  (random customers of 200 000, random event ids, time-ordered \`occurredAt\`), 4 pgbench clients; events/s = batches/s × 1 000."
  echo "  Not included: parsing the 14 text arrays the service sends (the events are generated inside PostgreSQL)."
  echo "- the fold: \`sql/fold-rollup-work.sql\` over the work items the full statement queued, claimed by \`sql/claim-rollup-work.sql\`"
  echo "  in the same transaction and passed as bound arrays (pgbench -M prepared), 1 client — one replica's rollup worker. Its join of"
  echo "  \`interactions\` by \`seq\` range and tenant is planned from the table's statistics: the rows say whether the table"
  echo "  was analyzed and how many tenants it holds."
  echo "- PostgreSQL's CPU per event: all server processes (backends, WAL writer, checkpointer, autovacuum) from /proc"
  echo "  over the row's run, divided by its events; autovacuum: its workers' share (sampled every 0.2 s; the vacuum the row's"
  echo "  writes call for may run in a later row); \"this part\" is the difference with the row above (for the fold, its own)."
  echo "- others: CPU of every other process on the machine during the row (not this script, pgbench or the server), % of its cores."
  echo "  Each row waits until others take under 5 % for 5 s; an ingestion row is measured again (up to 3 times) while others"
  echo "  took over 10 %, and its least disturbed attempt is kept; a row with a high share is skewed all the same."
  echo
  echo "| part | events/s, first 400 000 | events/s, 400 000 – 1 000 000 | PostgreSQL CPU per event, µs | of which autovacuum | this part, µs | others |"
  echo "|---|---|---|---|---|---|---|"
} > "$here/RESULTS.md"
ingest "raw insert, primary key \`(tenant_id, event_id)\` only" store-without-work.sql \
  "DROP INDEX interactions_customer, interactions_tenant_seq"
ingest "+ \`interactions_customer\` (tenant, customer, journey, occurred_at)" store-without-work.sql \
  "DROP INDEX interactions_tenant_seq"
ingest "+ \`interactions_tenant_seq\` (tenant, seq): every index as migrated (none by journey or touchpoint since V9)" \
  store-without-work.sql ""
ingest "+ the work item: the statement as the service runs it" store.sql ""
echo "(queued: $(queued) work items)"
# the planner's choice for the fold's join depends on interactions' statistics: first as a fresh table has them (none)
fold "fold, 100 work items per transaction, \`interactions\` never analyzed (a fresh table)" 100 2
psql -c "ANALYZE interactions"
fold "fold, 100 work items per transaction (the worker's limit: catching up), analyzed" 100 3
fold "fold, 5 work items per transaction (keeping up), analyzed" 5 100
[ "$(queued)" = 0 ] || { echo "work items left: $(queued)" >&2; exit 1; }

# both at once, as a replica runs them: ingestion (4 clients) while a worker folds, 10 ms between folds; on the
# analyzed table of the rows above (1 M events), as a deployed service has it
wait_quiet
cpu=$(pg_cpu) others=$(others_cpu) start=$(date +%s.%N)
autovacuum_start
"$PG_BIN/pgbench" -h "$work" -p $port -U postgres -n -M prepared -c 1 -T 3600 -f "$work/fold-loop.sql" postgres > "$work/fold-loop.log" 2>&1 &
fold_loop_pid=$!
first=$(tps store.sql 4 100)
rest=$(tps store.sql 4 150)
left=$(queued)
kill "$fold_loop_pid"; wait "$fold_loop_pid" 2>/dev/null || true; fold_loop_pid=""
while [ "$(queued)" != 0 ]; do tps fold-100.sql 1 1 > /dev/null; done
drained=$(date +%s.%N)
per=$(echo "($(pg_cpu) - $cpu) * 1000000 / 1000000" | bc -l)
autovacuum_stop
row "ingestion and the fold together, 1 M more events (the fold 1 client, 10 ms between folds; ${left} items queued at the end of the ingestion, all counted $(printf %.1f "$(echo "$drained - $start" | bc -l)") s after the start)" \
  "$(printf %.0f "$(echo "$first * 1000" | bc -l)")" "$(printf %.0f "$(echo "$rest * 1000" | bc -l)")" "$(printf %.1f "$per")" \
  "$(us "$autovacuum" 1000000)" "" "$(share "$others" "$start")"

# many tenants: with 1 000 other tenants' events in the table (analyzed), tenant_id = … looks selective to the planner
psql -c "INSERT INTO interactions (id, tenant_id, event_id, customer_id, journey_id, stage_key, touchpoint_id, type, occurred_at,
                                   received_at, seq)
         SELECT gen_random_uuid(), 'tenant-' || (g % 1000), 'x-' || g, 'c-' || g, '11111111-1111-1111-1111-111111111111', 's1',
                '22222222-2222-2222-2222-222222222222', 'VIEW', now(), now(), NULL FROM generate_series(1, 400000) g" \
     -c "ANALYZE interactions"
tps store.sql 4 25 > /dev/null
psql -c "CHECKPOINT"
fold "fold, 100 work items per transaction, analyzed, 1 000 other tenants' 400 000 events beside the 2 M of this one" 100 1
echo "wrote $here/RESULTS.md"
