#!/usr/bin/env bash
# Growth benchmark on PostgreSQL: the journal and session APIs measured with wrk on a small
# database (10 accounts; the grower's last month, 60 journal entries) and on a grown one (100,000 accounts; one account
# with 7,300 journal entries, ten years twice a day, and 3,650 past sessions; 100,000 entries and
# 20,000 sessions of other accounts), then EXPLAIN ANALYZE of the queries behind them.
# Loopback only, bounded (each wrk run lasts DURATION), and it removes everything it made: a private
# PostgreSQL cluster in a temporary folder (Debian's PostgreSQL server binaries, run as the postgres
# user when started as root) and the BackEase servers.
#
# Both databases are made first and then served at once, by a server each, and every endpoint is
# measured on them in turns (small, grown, small, grown, ...; ROUNDS times each). This machine's speed
# and its disk's sync times drift over minutes: measured minutes apart, the grown one right after its
# seed, the advice over one connection gave 7.70x, 2.61x and 4.06x; in turns 1.03x and 1.12x.
#
# Usage: bench/growth.sh [DURATION]             e.g. bench/growth.sh 15s (the default)
# Env:   WARMUP (default 5s, before every run), CONNECTIONS (default 32), ROUNDS (default 3),
#        BACKEASE_JAVA_OPTS, PG_BIN (folder of initdb/pg_ctl)
# Prints a Markdown table (small and grown side by side: medians over the rounds, and the p99 ratio of
# each round) and the query plans; raw output lands in target/bench/growth-*.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
duration="${1:-15s}"
warmup="${WARMUP:-5s}"
conns="${CONNECTIONS:-32}"
rounds="${ROUNDS:-3}"
threads=2
sessions_per_db="$conns"
pg_bin="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
password='bench-growth-password-1'

command -v wrk >/dev/null || { echo "growth.sh: wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }
[ -x "$pg_bin/initdb" ] || { echo "growth.sh: no PostgreSQL server binaries (apt-get install -y postgresql, or set PG_BIN)" >&2; exit 1; }
mkdir -p target/bench
./backease --version >/dev/null # builds the jar and the class-data archive when they are stale

work="$(mktemp -d)"
pg_dir="$work/pg"
pg_port="$(free_port)"
declare -A app_pid=() app_port=() token=()
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  local db
  for db in "${!app_pid[@]}"; do stop_app "$db"; done
  [ -f "$pg_dir/postmaster.pid" ] && as_pg "$pg_bin/pg_ctl" -D "$pg_dir" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
[ "$(id -u)" = 0 ] && chown postgres "$work"

# A private cluster: trust authentication, listening on 127.0.0.1 only, socket in the temporary folder.
as_pg "$pg_bin/initdb" -D "$pg_dir" -A trust -U postgres -E UTF8 >"$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log" >&2; exit 1; }
as_pg "$pg_bin/pg_ctl" -D "$pg_dir" -l "$work/pg.log" -w \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c shared_buffers=128MB -c shared_preload_libraries=pg_stat_statements" start >/dev/null
psql_on() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres -d "$1" "${@:2}"; }

start_app() { # database: its own server, on app_port[database]
  app_port[$1]="$(free_port)"
  # The launcher, as a person runs it (its JVM options, then BACKEASE_JAVA_OPTS); it execs java.
  ./backease serve --host 127.0.0.1 --port "${app_port[$1]}" \
    --db "jdbc:postgresql://127.0.0.1:$pg_port/$1?user=postgres" >"target/bench/growth-serve-$1.log" 2>&1 &
  app_pid[$1]=$!
  wait_for "http://127.0.0.1:${app_port[$1]}/api/v1/health" "${app_pid[$1]}"
}
stop_app() { # database
  kill "${app_pid[$1]}" 2>/dev/null || true
  wait "${app_pid[$1]}" 2>/dev/null || true
  unset "app_pid[$1]"
}
api() { # database method path [body] -> answer body; fails on HTTP errors
  curl -fsS -X "$2" "http://127.0.0.1:${app_port[$1]}$3" -H 'Content-Type: application/json' \
    ${token[$1]:+-H "Authorization: Bearer ${token[$1]}"} ${4:+--data "$4"}
}
json_field() { python3 -c 'import json, sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }

# The account that grows, its token, and one running session per connection (in $work/sessions-DB.txt).
sign_up_grower() { # database
  token[$1]=""
  api "$1" POST /api/v1/accounts "{\"username\":\"grower\",\"password\":\"$password\"}" >/dev/null
  token[$1]="$(api "$1" POST /api/v1/auth/tokens "{\"username\":\"grower\",\"password\":\"$password\"}" | json_field token)"
  : >"$work/sessions-$1.txt"
  for _ in $(seq 1 "$sessions_per_db"); do
    local id
    id="$(api "$1" POST /api/v1/sessions "$(cat examples/plain-backache.json)" | json_field id)"
    api "$1" POST "/api/v1/sessions/$id/events" '{"type":"start"}' >/dev/null
    echo "${token[$1]} $id" >>"$work/sessions-$1.txt"
  done
}

# SQL that makes data: NAME COUNT pairs below are passed as psql variables.
fill_accounts() { # database count
  psql_on "$1" -v n="$2" <<'SQL'
INSERT INTO accounts (id, username, password_hash, created_at)
SELECT gen_random_uuid()::text, 'bench_' || g, (SELECT password_hash FROM accounts WHERE username = 'grower'), now()
FROM generate_series(1, :n) g;
SQL
}
# COUNT entries for each of ACCOUNTS accounts (the grower when ACCOUNTS is 0), twice a day going back
# from an hour ago: a morning check-in and an evening session entry, written as the API writes them.
fill_journal() { # database count accounts
  psql_on "$1" -v n="$2" -v accounts="$3" <<'SQL'
CREATE TEMP TABLE owners AS
SELECT id FROM accounts WHERE username = 'grower' AND :accounts = 0
UNION ALL (SELECT id FROM accounts WHERE username LIKE 'bench\_%' ORDER BY username LIMIT :accounts);
INSERT INTO journal_entries (id, account_id, at, kind, document, created_at)
SELECT id, account_id, at, kind, json_build_object(
    'id', id, 'at', to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'kind', kind,
    'sessionId', null,
    'painBefore', CASE WHEN kind = 'session' THEN 5 END, 'painAfter', CASE WHEN kind = 'session' THEN 3 END,
    'painLevel', CASE WHEN kind = 'check_in' THEN 3 END, 'soreness', false, 'symptoms', '[]'::json,
    'techniques', CASE WHEN kind = 'session' THEN '["effleurage","petrissage"]' ELSE '[]' END::json,
    'helped', CASE WHEN kind = 'session' THEN '["effleurage"]' ELSE '[]' END::json,
    'notes', '')::text, at
FROM (SELECT gen_random_uuid()::text AS id, o.id AS account_id,
             date_trunc('hour', now()) - interval '1 hour' - g * interval '12 hours' AS at,
             CASE WHEN g % 2 = 0 THEN 'session' ELSE 'check_in' END AS kind
      FROM owners o CROSS JOIN generate_series(0, :n - 1) g) made;
-- Every writer raises the journal's version with each entry, as JdbiJournalEntries.add does, so a
-- server that keeps a parsed journal sees these entries.
INSERT INTO journal_versions (account_id, version)
SELECT account_id, COUNT(*) FROM journal_entries WHERE account_id IN (SELECT id FROM owners) GROUP BY account_id
ON CONFLICT (account_id) DO UPDATE SET version = journal_versions.version + EXCLUDED.version;
SQL
}
# Past sessions: copies of one of the grower's running sessions under new ids, one a day going back,
# COUNT for the grower and one each for ACCOUNTS other accounts, each with EVENTS stored events.
fill_sessions() { # database count accounts events
  psql_on "$1" -v n="$2" -v accounts="$3" -v events="$4" <<'SQL'
CREATE TEMP TABLE model AS
SELECT id, account_id, state FROM live_sessions ORDER BY created_at LIMIT 1;
CREATE TEMP TABLE made AS
SELECT gen_random_uuid()::text AS id, (SELECT account_id FROM model) AS account_id,
       now() - g * interval '1 day' AS at
FROM generate_series(1, :n) g
UNION ALL
SELECT gen_random_uuid()::text, a.id, now() - interval '1 day'
FROM (SELECT id FROM accounts WHERE username LIKE 'bench\_%' ORDER BY username LIMIT :accounts) a;
INSERT INTO live_sessions (id, account_id, created_at, updated_at, version, state)
SELECT made.id, made.account_id, made.at, made.at, 1 + :events,
       replace(replace(model.state, model.id, made.id), model.account_id, made.account_id)
FROM made, model;
INSERT INTO session_plans (session_id, plan)
SELECT made.id, p.plan FROM made, model JOIN session_plans p ON p.session_id = model.id;
INSERT INTO session_events (session_id, seq, at, json)
SELECT made.id, s, made.at, '{"type":"pressure_report","value":3}'
FROM made CROSS JOIN generate_series(0, :events - 1) s;
SQL
}

run_wrk() { # database round name url script connections -> "p50 p99 rps errors conflicts"
  local c="${6:-$conns}"
  local args=(-t "$(( c < threads ? c : threads ))" -c "$c" --latency -H "Authorization: Bearer ${token[$1]}")
  [ -n "$5" ] && args+=(-s "$5")
  BENCH_SESSIONS="$work/sessions-$1.txt" BENCH_THREADS="$threads" wrk "${args[@]}" -d "$warmup" "$4" >/dev/null
  local out
  out="$(BENCH_SESSIONS="$work/sessions-$1.txt" BENCH_THREADS="$threads" wrk "${args[@]}" -d "$duration" "$4")"
  echo "$out" >"target/bench/growth-$1-r$2-$(echo "$3" | tr -c 'a-zA-Z0-9' '_').txt"
  wrk_fields "$out"
}

# name|path|script|BENCH_ACTION|connections (default CONNECTIONS) (the POSTs come last: they add to what the GETs read)
endpoints=(
  "GET /api/v1/journal/entries (one month)|/api/v1/journal/entries?from=FROM&to=TO||"
  "GET /api/v1/journal/advice|/api/v1/journal/advice||"
  "GET /api/v1/journal/advice, 1 connection|/api/v1/journal/advice|||1"
  "GET /api/v1/sessions/{id}||bench/session-events.lua|read"
  "POST /api/v1/sessions/{id}/events||bench/session-events.lua|events"
  "POST /api/v1/journal/entries|/api/v1/journal/entries|bench/post-journal-entry.lua|"
)
month_to="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
month_from="$(date -u -d '30 days ago' +%Y-%m-%dT%H:%M:%SZ)"
declare -A result
# Time spent in PostgreSQL per statement during the runs on a database (pg_stat_statements, reset before).
statement_times() { # database -> "calls mean_ms statement" lines, the most time first
  psql_on "$1" -At -F' ' -c "SELECT calls, round(mean_exec_time::numeric, 3), round(total_exec_time::numeric),
      regexp_replace(left(query, 90), '\s+', ' ', 'g')
    FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
    WHERE d.datname = '$1' AND calls > 100 ORDER BY total_exec_time DESC LIMIT 12"
}
measure() { # both databases, each endpoint in turns: small, grown, small, grown, ... (ROUNDS times)
  local db
  for db in small grown; do
    start_app "$db"
    psql_on "$db" -c 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements' >/dev/null
  done
  psql_on small -c 'SELECT pg_stat_statements_reset()' >/dev/null # every database's
  local entry name path script action c round
  for entry in "${endpoints[@]}"; do
    IFS='|' read -r name path script action c <<<"$entry"
    path="${path/FROM/$month_from}"; path="${path/TO/$month_to}"
    for round in $(seq 1 "$rounds"); do
      for db in small grown; do
        kill -0 "${app_pid[$db]}" || { echo "growth.sh: the server of $db died during the load" >&2; exit 1; }
        result["$db|$round|$name"]="$(BENCH_ACTION="$action" run_wrk "$db" "$round" "$name" \
          "http://127.0.0.1:${app_port[$db]}$path" "$script" "$c")"
      done
    done
  done
  for db in small grown; do
    stop_app "$db"
    statement_times "$db" >"target/bench/growth-$db-statements.txt"
  done
}
median() { # numbers -> their median
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m }'
}
table_updates() { # database: how live_sessions took the runs' updates (HOT: no new index entries)
  psql_on "$1" -At -c "SELECT n_tup_upd || ' updates, ' || n_tup_hot_upd || ' of them HOT, ' || n_dead_tup || ' dead rows'
    FROM pg_stat_user_tables WHERE relname = 'live_sessions'"
}
counts() { # database
  psql_on "$1" -At -F' ' -c "SELECT (SELECT count(*) FROM accounts), (SELECT count(*) FROM journal_entries),
    (SELECT count(*) FROM journal_entries j JOIN accounts a ON a.id = j.account_id WHERE a.username = 'grower'),
    (SELECT count(*) FROM live_sessions), (SELECT count(*) FROM session_events)"
}

# The plans of the queries behind these endpoints, copied from JdbiJournalEntries, JdbiSessions and
# JdbiApiTokens, for the grower on the grown database.
plans="target/bench/growth-plans.txt"
explain_queries() {
psql_on grown -At >"$plans" <<SQL
\\o /dev/null
SELECT set_config('bench.account', (SELECT id FROM accounts WHERE username = 'grower'), false);
SELECT set_config('bench.entry', (SELECT id FROM journal_entries WHERE account_id = current_setting('bench.account') ORDER BY at DESC OFFSET 100 LIMIT 1), false);
SELECT set_config('bench.session', (SELECT id FROM live_sessions WHERE account_id = current_setting('bench.account') ORDER BY created_at DESC LIMIT 1), false);
SELECT set_config('bench.token', (SELECT token_digest FROM api_tokens LIMIT 1), false);
\\o
-- The server runs these as prepared statements, and PostgreSQL plans a prepared statement once for all
-- values after its fifth run (a generic plan): that is the plan shown.
SET plan_cache_mode = force_generic_plan;
PREPARE list_entries(text, timestamptz, timestamptz) AS
  SELECT document FROM journal_entries WHERE account_id = \$1 AND at >= \$2 AND at <= \$3 ORDER BY at, id;
PREPARE find_entry(text, text) AS
  SELECT document FROM journal_entries
  WHERE id = \$1 AND (SELECT account_id FROM journal_entries WHERE id = \$1) = \$2;
PREPARE find_session(text, text) AS
  WITH found AS (
    SELECT s.version, CASE WHEN s.version = 0 THEN NULL ELSE s.state END AS state,
           CASE WHEN s.version = 0 THEN NULL ELSE p.plan END AS plan
    FROM live_sessions s LEFT JOIN session_plans p ON p.session_id = s.id
    WHERE s.id = \$1 AND (SELECT account_id FROM live_sessions WHERE id = \$1) = \$2),
  record AS (
    INSERT INTO audit_log (at, account_id, action, subject, client)
    SELECT now(), \$2, 'health_data_read', 'session:' || \$1, '127.0.0.1' FROM found)
  SELECT version, state, plan FROM found;
PREPARE session_change(text, text) AS
  WITH changed AS (
    UPDATE live_sessions SET state = state, updated_at = now(), version = version + 1
    WHERE id = \$1 AND version = (SELECT version FROM live_sessions WHERE id = \$1)
      AND (SELECT account_id FROM live_sessions WHERE id = \$1) = \$2
      AND EXISTS (SELECT 1 FROM session_plans WHERE session_id = \$1)
    RETURNING id, version),
  event AS (
    INSERT INTO session_events (session_id, seq, at, json)
    SELECT id, 100000 + version, now(), '{}' FROM changed),
  record AS (
    INSERT INTO audit_log (at, account_id, action, subject, client)
    SELECT now(), \$2, 'health_data_written', 'session:' || \$1, '127.0.0.1' FROM changed)
  SELECT COUNT(*) FROM changed;
PREPARE session_events(text, text) AS
  SELECT e.json FROM live_sessions s LEFT JOIN session_events e ON e.session_id = s.id
  WHERE s.id = \$1 AND (SELECT account_id FROM live_sessions WHERE id = \$1) = \$2 ORDER BY e.seq;
PREPARE find_token(text) AS
  SELECT * FROM api_tokens WHERE token_digest = \$1;
\\echo '-- list by account and period (one month): JdbiJournalEntries.list'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE list_entries(current_setting('bench.account'), now() - interval '30 days', now());
\\echo '-- list by account, whole journal (what advice reads): JdbiJournalEntries.list(owner, null, asOf)'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE list_entries(current_setting('bench.account'), '0001-01-01', now());
\\echo '-- find entry by id: JdbiJournalEntries.find'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE find_entry(current_setting('bench.entry'), current_setting('bench.account'));
\\echo '-- session by id with its audit record, one statement (rolled back): JdbiSessions.read'
BEGIN;
EXPLAIN (ANALYZE, BUFFERS) EXECUTE find_session(current_setting('bench.session'), current_setting('bench.account'));
ROLLBACK;
\\echo '-- a session change with its event and audit record, one statement (rolled back): JdbiSessions.save'
BEGIN;
EXPLAIN (ANALYZE, BUFFERS) EXECUTE session_change(current_setting('bench.session'), current_setting('bench.account'));
ROLLBACK;
\\echo '-- the events of a session (a save appends one by the count the state holds; no query): JdbiSessions.events'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE session_events(current_setting('bench.session'), current_setting('bench.account'));
\\echo '-- token lookup, on every signed-in request: JdbiApiTokens.byDigest'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE find_token(current_setting('bench.token'));
SQL
}

echo "growth.sh: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)," \
  "$("$pg_bin/postgres" --version), $conns connections, $threads wrk threads, $duration per run (warm-up $warmup)," \
  "$rounds rounds" >&2

psql_on postgres -c 'CREATE DATABASE small' -c 'CREATE DATABASE grown'
for db in small grown; do
  start_app "$db"
  sign_up_grower "$db"
  stop_app "$db"
done
# Small: 10 accounts, the grower's last month (60 entries, twice a day), one running session per
# connection. A month, so that the month's list is the same answer on both databases (60 entries): what
# differs is only the ten years before it.
fill_accounts small 9
fill_journal small 60 0
# Grown: 100,000 accounts; the grower has 7,300 entries and 3,650 past sessions of 20 events each;
# 10,000 other accounts have 10 entries each and 20,000 have one past session.
fill_accounts grown 99999
fill_journal grown 7300 0
fill_journal grown 10 10000
fill_sessions grown 3650 20000 20
# A checkpoint before measuring, on both: otherwise the seed's writes are still being flushed (the
# checkpointer spreads them over minutes) while the databases are measured, and commits wait behind them.
for db in small grown; do psql_on "$db" -c 'VACUUM ANALYZE' -c 'CHECKPOINT'; done
small_counts="$(counts small)"
grown_counts="$(counts grown)"
explain_queries
measure
grown_after="$(counts grown)"
small_updates="$(table_updates small)"
grown_updates="$(table_updates grown)"

read -r sa sj sg ss se <<<"$small_counts"
read -r ga gj gg gs ge <<<"$grown_counts"
echo "Data before the runs: small = $sa accounts, $sj journal entries ($sg the grower's), $ss sessions, $se session events;"
echo "grown = $ga accounts, $gj journal entries ($gg the grower's), $gs sessions, $ge session events."
echo "Grown after the runs (the POSTs add): $(echo "$grown_after" | awk '{ printf "%s entries (%s the grower'"'"'s), %s session events", $2, $3, $5 }')."
echo "live_sessions after the runs: small $small_updates; grown $grown_updates."
echo
echo "Medians over the $rounds rounds; the ratio is that of the median p99s, followed by each round's."
echo
echo "| endpoint | small p50 ms | small p99 ms | small req/s | grown p50 ms | grown p99 ms | grown req/s | p99 grown/small | each round | errors small/grown | 409 small/grown |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |"
for entry in "${endpoints[@]}"; do
  IFS='|' read -r name _ <<<"$entry"
  declare -A col=()
  for db in small grown; do
    p50s=(); p99s=(); rpss=(); errs=0; confs=0
    for round in $(seq 1 "$rounds"); do
      read -r p50 p99 rps err conf <<<"${result["$db|$round|$name"]}"
      p50s+=("$p50"); p99s+=("$p99"); rpss+=("$rps"); errs=$((errs + err)); confs=$((confs + conf))
    done
    col[$db]="$(median "${p50s[@]}") | $(median "${p99s[@]}") | $(median "${rpss[@]}" | awk '{ printf "%.0f", $1 }')"
    col[$db-p99]="$(median "${p99s[@]}")"; col[$db-err]=$errs; col[$db-conf]=$confs
  done
  ratio="$(awk -v a="${col[small-p99]}" -v b="${col[grown-p99]}" 'BEGIN { r = b / a; printf "%.2f%s", r, (r <= 2 ? " ✔" : " ✘") }')"
  each=""
  for round in $(seq 1 "$rounds"); do
    read -r _ a _ <<<"${result["small|$round|$name"]}"
    read -r _ b _ <<<"${result["grown|$round|$name"]}"
    each+="${each:+, }$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", b / a }')"
  done
  echo "| $name | ${col[small]} | ${col[grown]} | $ratio | $each | ${col[small-err]}/${col[grown-err]} | ${col[small-conf]}/${col[grown-conf]} |"
  unset col
done

echo
echo "Time in PostgreSQL per statement during the runs (calls, mean ms, total ms, statement), small then grown:"
cat target/bench/growth-small-statements.txt; echo; cat target/bench/growth-grown-statements.txt
echo
echo "Query plans (grown database before the runs, the grower's data): $plans"
cat "$plans"
