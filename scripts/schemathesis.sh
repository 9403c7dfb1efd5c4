#!/usr/bin/env bash
# Property-based tests of the whole contract with schemathesis (pinned, in its own venv):
# the real `dangjian serve` over a fresh database with the demo city, once for every role (each
# with a server and a copy of the city of its own), with valid and invalid requests generated from openapi/openapi.json. Required: no answer
# is a server error and every documented answer matches its schema.
#   scripts/schemathesis.sh [sqlite|postgres]   (postgres: DANGJIAN_TEST_POSTGRES_URL)
# DANGJIAN_ST_ROLES picks the demo accounts (default: all nine), DANGJIAN_ST_EXAMPLES the
# generated cases per operation and phase (default 5), DANGJIAN_ST_JOBS how many roles run at
# once (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
engine="${1:-sqlite}"
venv=.venv-schemathesis
if [ ! -x "$venv/bin/st" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q "schemathesis==4.32.5"
fi
cargo build -q -p api

work="$(mktemp -d)"
port="${DANGJIAN_ST_PORT:-18475}"
export DANGJIAN_FRONTEND_DIR=/nonexistent RUST_LOG=warn
# Generated requests log in, search and export far more often than people: the limits and
# the administrators' second factor have their own tests.
export DANGJIAN_TOKEN_REQUESTS_PER_MINUTE=1000000 DANGJIAN_SEARCHES_PER_MINUTE=1000000 \
    DANGJIAN_EXPORTS_PER_MINUTE=1000000 DANGJIAN_REQUESTS_PER_MINUTE=1000000 DANGJIAN_ADMIN_SECOND_FACTOR=false
# The demo city is loaded once; each role's run gets a copy of its own (a SQLite file, a
# PostgreSQL database made from it as a template) and a server of its own, so that what one
# role changes (an administrator disabling an account, say) never decides another's answers.
# A run's data directory (the keys, and the SQLite file) is $work/NAME, its PostgreSQL database
# ${demo}_NAME.
database_url() {
    if [ "$engine" = postgres ]; then echo "${DANGJIAN_TEST_POSTGRES_URL%/*}/${demo}_$1"; else echo "sqlite://$work/$1/dangjian.sqlite3"; fi
}
drop_database() {
    if [ "$engine" = postgres ]; then psql -q "$DANGJIAN_TEST_POSTGRES_URL" -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)"; fi
}
demo="dangjian_st_$$"
cleanup() {
    for job in $(jobs -p); do kill "$job" 2>/dev/null || true; done
    wait 2>/dev/null || true
    if [ "$engine" = postgres ]; then
        for database in $(psql -At "$DANGJIAN_TEST_POSTGRES_URL" -c "SELECT datname FROM pg_database WHERE datname LIKE '${demo}%'"); do
            drop_database "$database"
        done
    fi
    rm -rf "$work"
}
trap cleanup EXIT
if [ "$engine" = postgres ]; then
    : "${DANGJIAN_TEST_POSTGRES_URL:?DANGJIAN_TEST_POSTGRES_URL must point at a PostgreSQL server}"
    psql -q "$DANGJIAN_TEST_POSTGRES_URL" -c "CREATE DATABASE ${demo}_demo"
fi
mkdir "$work/demo"
DANGJIAN_DATA_DIR="$work/demo" DANGJIAN_DATABASE_URL="$(database_url demo)" ./target/debug/dangjian seed --demo >"$work/accounts"

token() {
    local base=$1 username=$2 password grant
    password=$(awk -v u="$username" '$1 == u { print $3 }' "$work/accounts")
    if [ "$username" = hotline12345 ]; then
        grant="{\"grant_type\":\"client_credentials\",\"client_id\":\"$username\",\"client_secret\":\"$password\"}"
    else
        grant="{\"grant_type\":\"password\",\"username\":\"$username\",\"password\":\"$password\"}"
    fi
    curl -fsS -H 'Content-Type: application/json' -d "$grant" "$base/api/v1/auth/token" |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])'
}

# One role's run on its own copy and server (port: the base port plus the role's place in the
# list), its output kept until it ends so that runs side by side do not interleave.
schemathesis_as() {
    local username=$1 place=$2 status=0
    local base="http://127.0.0.1:$((port + place))" log="$work/st-$username.log"
    cp -r "$work/demo" "$work/$username"
    if [ "$engine" = postgres ]; then
        psql -q "$DANGJIAN_TEST_POSTGRES_URL" -c "CREATE DATABASE ${demo}_$username TEMPLATE ${demo}_demo"
    fi
    DANGJIAN_DATA_DIR="$work/$username" DANGJIAN_DATABASE_URL="$(database_url "$username")" \
        DANGJIAN_BIND="127.0.0.1:$((port + place))" ./target/debug/dangjian serve >"$work/server-$username.log" 2>&1 &
    local server=$!
    for _ in $(seq 1 100); do
        if curl -fsS "$base/readyz" >/dev/null 2>&1; then break; fi
        if ! kill -0 $server 2>/dev/null; then break; fi
        sleep 0.1
    done
    local token
    if ! token=$(token "$base" "$username"); then
        { echo "[$engine] $username could not log in; the server said:"; cat "$work/server-$username.log"; } >"$log"
        status=1
    else
        "$venv/bin/st" run openapi/openapi.json --url "$base" --no-color \
            --header "Authorization: Bearer $token" \
            --checks not_a_server_error,response_schema_conformance \
            --phases examples,coverage,fuzzing --max-examples "$examples" --seed 2018 \
            --generation-deterministic --suppress-health-check all --request-timeout 30 \
            >"$log" 2>&1 || status=$?
    fi
    kill $server 2>/dev/null || true
    wait $server 2>/dev/null || true
    drop_database "${demo}_$username"
    echo "[$engine] schemathesis as $username"
    cat "$log"
    # Malformed requests that never reach the application are logged by the HTTP layer (and
    # answered 400); anything else logged as an error is a fault.
    if grep -E 'ERROR|panicked' "$work/server-$username.log" | grep -v 'actix_http::h1::dispatcher'; then
        echo "[$engine] the server logged errors as $username" >&2
        status=1
    fi
    return $status
}

# Two roles at a time: one run keeps less than a core busy (the generator waits on the
# server), and concurrent callers are what the server meets anyway.
roles="${DANGJIAN_ST_ROLES:-yucai_member yucai_grid xincheng_viewer hotline12345 laocheng_admin city_admin auditor secadmin sysadmin}"
examples="${DANGJIAN_ST_EXAMPLES:-5}"
width="${DANGJIAN_ST_JOBS:-2}"
failed=0
running=()
place=0
for username in $roles; do
    if [ ${#running[@]} -ge "$width" ]; then
        wait -n -p ended "${running[@]}" || failed=1
        running=($(printf '%s\n' "${running[@]}" | grep -vx "$ended" || true))
    fi
    schemathesis_as "$username" "$place" &
    running+=($!)
    place=$((place + 1))
done
for run in "${running[@]}"; do wait "$run" || failed=1; done
if [ "$failed" -ne 0 ]; then
    echo "schemathesis found failures on $engine" >&2
    exit 1
fi
