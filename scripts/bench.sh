#!/usr/bin/env bash
# `make bench`: generates (or reuses) the `city` data set on SQLite and on a throwaway
# PostgreSQL, serves it with the release build, drives each workload with wrk at a fixed
# concurrency, and writes docs/BENCHMARKS.md. A benchmark with a report, not a test.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null; then
    apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
# BENCH_FLAMEGRAPH="W1 W2": perf samples the server while those workloads run and a flamegraph
# of each goes to var/bench/<engine>/<workload>.svg. Sampling slows the server: a run that
# draws flamegraphs is for its profiles, not for its numbers.
flamegraphs="${BENCH_FLAMEGRAPH:-}"
if [ -n "$flamegraphs" ]; then
    command -v perf >/dev/null || { apt-get update -qq && apt-get install -y -qq linux-perf >/dev/null; }
    command -v inferno-flamegraph >/dev/null || cargo install -q --locked inferno
fi
cargo build --release -q -p api
bin="$PWD/target/release/dangjian"
out="$PWD/var/bench"
mkdir -p "$out"
port=18600
duration="${BENCH_DURATION:-10s}"
connections="${BENCH_CONNECTIONS:-16}"
password="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
engines="${BENCH_ENGINES:-sqlite postgres}"
# `city` (the targets) or `megacity` (10×, for the scaling note).
profile="${BENCH_PROFILE:-city}"

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

bench_engine() {
    local engine=$1 url=$2
    local dir="$out/$(label "$engine")"
    mkdir -p "$dir"
    export DANGJIAN_DATABASE_URL="$url" DANGJIAN_DATA_DIR="$dir" DANGJIAN_BIND="127.0.0.1:$port" \
        DANGJIAN_FRONTEND_DIR=/nonexistent RUST_LOG=warn,api::db::group_commit=info DANGJIAN_DB_POOL_SIZE=8 DANGJIAN_ACCESS_TOKEN_MINUTES=30 \
        DANGJIAN_REQUESTS_PER_MINUTE=4000000000
    if [ ! -f "$dir/seeded" ]; then
        echo "[$engine] generating the $profile data set"
        if [ "$engine" = sqlite ]; then rm -f "$dir/$profile.sqlite3" "$dir/$profile.sqlite3-wal" "$dir/$profile.sqlite3-shm"; fi
        /usr/bin/time -f "%e %M" -o "$dir/seed-time" "$bin" seed --profile "$profile" | tee "$dir/seed-output"
        # As after any bulk load: fresh statistics and visibility, so that autovacuum does
        # not run during the measurement.
        if [ "$engine" = postgres ]; then psql -q "$url" -c "VACUUM ANALYZE" >/dev/null; fi
        touch "$dir/seeded"
    fi
    printf '%s\n' "$password" | "$bin" user create --username "bench$RANDOM" --role org_admin --scope 1 --password-stdin >"$dir/user" 
    local user
    user=$(sed -n 's/created account \([^ ]*\).*/\1/p' "$dir/user")
    "$bin" serve >"$dir/server.log" 2>&1 &
    local pid=$!
    trap "kill $pid 2>/dev/null || true" RETURN
    # The server's own memory, sampled: the kernel's peak RSS (VmHWM) also counts the pages of
    # the database file that SQLite maps, which are the system's shared page cache.
    (while kill -0 "$pid" 2>/dev/null; do awk '/^RssAnon/ {print $2}' "/proc/$pid/status" 2>/dev/null; sleep 0.1; done |
        sort -n | tail -1 >"$dir/peak-anon-kb") &
    local sampler=$!
    for _ in $(seq 1 300); do curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 0.1; done
    local base="http://127.0.0.1:$port"
    local token
    token=$(curl -fsS -X POST "$base/api/v1/auth/token" -H 'content-type: application/json' \
        -d "{\"grant_type\":\"password\",\"username\":\"$user\",\"password\":\"$password\"}" | json '["access_token"]')
    local auth="Authorization: Bearer $token"
    local street district rule year
    street=$(curl -fsS "$base/api/v1/organizations?kind=working_committee&limit=1" -H "$auth" | json '["items"][0]["id"]')
    district=$(curl -fsS "$base/api/v1/organizations?parent_id=1&kind=committee&limit=1" -H "$auth" | json '["items"][0]["id"]')
    rule=$(curl -fsS "$base/api/v1/points/rules?limit=200" -H "$auth" | json '["items"][1]["id"]')
    year=$(date +%Y)
    local members=200000
    [ "$profile" = megacity ] && members=2000000
    export BENCH_RULE="$rule" BENCH_MEMBERS="$members"
    run() {
        local name=$1; shift
        echo "[$engine] $name"
        local sampler=""
        if [[ " $flamegraphs " == *" $name "* ]]; then
            perf record -q -F 299 --call-graph dwarf,8192 -p "$pid" -o "$dir/$name.perf" 2>/dev/null &
            sampler=$!
        fi
        wrk -t2 -c"$connections" -d"$duration" --latency -H "$auth" "$@" >"$dir/$name.txt"
        if [ -n "$sampler" ]; then
            kill -INT "$sampler" && wait "$sampler" || true
            perf script --no-inline -i "$dir/$name.perf" 2>/dev/null | inferno-collapse-perf |
                inferno-flamegraph --title "$name on $engine ($profile)" >"$dir/$name.svg"
        fi
    }
    # The first request of a ranking and of a dashboard after start computes it from a cold
    # server (later ones within the same generation are answered from memory).
    first() { curl -fsS -o /dev/null -w "%{time_total}\n" -H "$auth" "$1" >"$dir/$2-first.txt"; }
    first "$base/api/v1/points/rankings?org_id=$district&year=$year&top=50" W3
    first "$base/api/v1/dashboard?org_id=1" W4
    first "$base/api/v1/members?org_id=$street&category=mobile&limit=20&sort=name" W2
    run healthz "$base/healthz"
    run W1 -s scripts/bench/get-member.lua "$base"
    run W2 "$base/api/v1/members?org_id=$street&category=mobile&limit=20&sort=name"
    run W3 "$base/api/v1/points/rankings?org_id=$district&year=$year&top=50"
    run W4 "$base/api/v1/dashboard?org_id=1"
    local before after
    before=$(entries "$engine")
    local written
    written=$(awk '/^wchar/ {print $2}' "/proc/$pid/io")
    run W5 -s scripts/bench/add-entry.lua "$base/api/v1/points/entries"
    # Bytes the server wrote while W5 ran (the log says how many commits carried them).
    echo $(($(awk '/^wchar/ {print $2}' "/proc/$pid/io") - written)) >"$dir/W5-written"
    after=$(entries "$engine")
    echo "$before $after" >"$dir/W5-count"
    # W5's writes made the kept answers stale: this is what a dashboard or ranking costs when
    # it is computed again on a running server.
    first "$base/api/v1/points/rankings?org_id=$district&year=$year&top=50" W3-recomputed
    first "$base/api/v1/dashboard?org_id=1" W4-recomputed
    # A points entry leaves the dashboard's compliance as it was; a meeting does not: the
    # branches' compliance is computed again.
    local branch
    branch=$(curl -fsS "$base/api/v1/organizations?kind=branch&limit=1" -H "$auth" | json '["items"][0]["id"]')
    curl -fsS -o /dev/null -X POST "$base/api/v1/meetings" -H "$auth" -H 'content-type: application/json' \
        -d "{\"org_id\":$branch,\"meeting_type\":\"themed_party_day\",\"held_on\":\"$(TZ=Asia/Shanghai date +%F)\",\"topic\":\"bench\",\"present\":[]}"
    first "$base/api/v1/dashboard?org_id=1" W4-after-meeting
    local runs
    runs=$(cat "$dir/runs" 2>/dev/null || echo 0)
    echo $((runs + 1)) >"$dir/runs"
    python3 scripts/bench/roster.py "$dir/roster.csv" 10000 "$runs"
    curl -sS -o "$dir/W6-body" -w "%{http_code} %{time_total}\n" -X POST "$base/api/v1/members/import" \
        -H "$auth" -H "content-type: text/csv" --data-binary "@$dir/roster.csv" >"$dir/W6.txt"
    run W7 "$base/api/v1/organizations?within=$district&limit=20"
    local street_area grid_area hotline secret
    street_area=$(curl -fsS "$base/api/v1/areas?kind=street&limit=1" -H "$auth" | json '["items"][0]["id"]')
    # W9 posts into a grid of another street, so that the requests it adds (the SQLite data set
    # is kept between runs) never change the queue W8 reads.
    other_street=$(curl -fsS "$base/api/v1/areas?kind=street&limit=2" -H "$auth" | json '["items"][1]["id"]')
    grid_area=$(curl -fsS "$base/api/v1/areas?kind=grid&within=$other_street&limit=1" -H "$auth" | json '["items"][0]["id"]')
    first "$base/api/v1/requests?open=true&area_id=$street_area&limit=20" W8
    run W8 "$base/api/v1/requests?open=true&area_id=$street_area&limit=20"
    # A hotline's service account posts through Open311 with its key.
    hotline="hotline$RANDOM"
    secret="$password-$password"
    printf '%s\n' "$secret" | "$bin" user create --username "$hotline" --role service --oauth-scope open311 --scope 1 --password-stdin >/dev/null
    export BENCH_API_KEY="$hotline:$secret" BENCH_GRID="$grid_area"
    # W9's posts share commits too: the group-commit lines logged so far are W5's (the thread
    # logs a pause of 10 s, and W7 and W8 only read).
    grep -c "group commit:" "$dir/server.log" >"$dir/W5-group-lines" || true
    run W9 -s scripts/bench/open311.lua "$base/open311/v2/requests.json"
    # W11: the city's co-building and support figures (joint meetings, projects, tasks, the access
    # list, opinions, support shortfalls), read as the city's dashboard reads them.
    first "$base/api/v1/dashboard/co-building" W11
    run W11 "$base/api/v1/dashboard/co-building"
    # A statistics system copies the city's members page by page with cursors.
    echo "[$engine] W10"
    python3 scripts/bench/scan.py "$base" "$token" "$dir/W10.json" >/dev/null
    explain "$engine" "$url" "$street" "$district" "$year" >"$dir/plans.txt" 2>&1 || true
    grep VmHWM "/proc/$pid/status" | awk '{print $2}' >"$dir/peak-rss-kb"
    kill "$pid" && wait "$sampler"
}

# Where a run's outputs go: the engine, suffixed with the profile unless it is `city`.
label() {
    if [ "$profile" = city ]; then echo "$1"; else echo "$1-$profile"; fi
}

# Query plans of the statements behind W2, W3 and W4, as each database runs them.
explain() {
    local engine=$1 url=$2 street=$3 district=$4 year=$5
    local sql
    sql=$(python3 scripts/bench/explain.py "$engine" "$url" "$street" "$district" "$year")
    case "$engine" in
        sqlite) printf '%s\n' "$sql" | sqlite3 -echo "${url#sqlite://}" ;;
        postgres) printf '%s\n' "$sql" | psql -e "$url" ;;
    esac
}

# Ledger rows, read from the database itself (the lost-update check).
entries() {
    case "$1" in
        sqlite) python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from points_entries').fetchone()[0])" "$out/$(label sqlite)/$profile.sqlite3" ;;
        postgres) psql -At "$pg_url" -c 'select count(*) from points_entries' ;;
    esac
}

for engine in $engines; do
    case "$engine" in
        sqlite) bench_engine sqlite "sqlite://$out/$(label sqlite)/$profile.sqlite3" ;;
        postgres)
            rm -f "$out/$(label postgres)/seeded"
            pg_url=$(DANGJIAN_TEST_PG_PORT=55460 DANGJIAN_TEST_PG_DIR=/tmp/dangjian-bench-pg scripts/test-postgres.sh start)
            bench_engine postgres "$pg_url"
            DANGJIAN_TEST_PG_PORT=55460 DANGJIAN_TEST_PG_DIR=/tmp/dangjian-bench-pg scripts/test-postgres.sh stop
            ;;
    esac
done
python3 scripts/bench/report.py "$out" docs/BENCHMARKS.md
echo "wrote docs/BENCHMARKS.md"
