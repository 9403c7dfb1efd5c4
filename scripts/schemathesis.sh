#!/usr/bin/env bash
# Property-based tests of the whole contract with schemathesis (pinned, in its own venv):
# the real `dangjian serve` over a fresh database with the demo city, once for every role,
# with valid and invalid requests generated from openapi/openapi.json. Required: no answer
# is a server error and every documented answer matches its schema.
#   scripts/schemathesis.sh [sqlite|postgres]   (postgres: DANGJIAN_TEST_POSTGRES_URL)
# DANGJIAN_ST_ROLES picks the demo accounts (default: all nine), DANGJIAN_ST_EXAMPLES the
# generated cases per operation and phase (default 5), DANGJIAN_ST_JOBS how many business
# roles run at once (default 2).
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
base="http://127.0.0.1:$port"
export DANGJIAN_DATA_DIR="$work" DANGJIAN_BIND="127.0.0.1:$port" DANGJIAN_FRONTEND_DIR=/nonexistent RUST_LOG=warn
# Generated requests log in, search and export far more often than people: the limits and
# the administrators' second factor have their own tests.
export DANGJIAN_TOKEN_REQUESTS_PER_MINUTE=1000000 DANGJIAN_SEARCHES_PER_MINUTE=1000000 \
    DANGJIAN_EXPORTS_PER_MINUTE=1000000 DANGJIAN_REQUESTS_PER_MINUTE=1000000 DANGJIAN_ADMIN_SECOND_FACTOR=false
if [ "$engine" = postgres ]; then
    : "${DANGJIAN_TEST_POSTGRES_URL:?DANGJIAN_TEST_POSTGRES_URL must point at a PostgreSQL server}"
    database="dangjian_st_$$"
    psql -q "$DANGJIAN_TEST_POSTGRES_URL" -c "CREATE DATABASE $database"
    export DANGJIAN_DATABASE_URL="${DANGJIAN_TEST_POSTGRES_URL%/*}/$database"
else
    export DANGJIAN_DATABASE_URL="sqlite://$work/dangjian.sqlite3"
fi
./target/debug/dangjian seed --demo >"$work/accounts"

./target/debug/dangjian serve >"$work/server.log" 2>&1 &
server=$!
cleanup() {
    kill $server 2>/dev/null || true
    wait $server 2>/dev/null || true
    if [ "$engine" = postgres ]; then psql -q "$DANGJIAN_TEST_POSTGRES_URL" -c "DROP DATABASE IF EXISTS $database"; fi
    rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 1 100); do
    if curl -fsS "$base/readyz" >/dev/null 2>&1; then break; fi
    if ! kill -0 $server 2>/dev/null; then cat "$work/server.log" >&2; exit 1; fi
    sleep 0.1
done

token() {
    local username=$1 password grant
    password=$(awk -v u="$username" '$1 == u { print $3 }' "$work/accounts")
    if [ "$username" = hotline12345 ]; then
        grant="{\"grant_type\":\"client_credentials\",\"client_id\":\"$username\",\"client_secret\":\"$password\"}"
    else
        grant="{\"grant_type\":\"password\",\"username\":\"$username\",\"password\":\"$password\"}"
    fi
    curl -fsS -H 'Content-Type: application/json' -d "$grant" "$base/api/v1/auth/token" |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])'
}

# One role's run, its output kept until it ends so that runs side by side do not interleave.
schemathesis_as() {
    local username=$1 status=0
    "$venv/bin/st" run openapi/openapi.json --url "$base" --no-color \
        --header "Authorization: Bearer $(token "$username")" \
        --checks not_a_server_error,response_schema_conformance \
        --phases examples,coverage,fuzzing --max-examples "$examples" --seed 2018 \
        --generation-deterministic --suppress-health-check all --request-timeout 30 \
        >"$work/st-$username.log" 2>&1 || status=$?
    echo "[$engine] schemathesis as $username"
    cat "$work/st-$username.log"
    return $status
}

# Business roles first, two at a time: one run keeps less than a core busy (the generator
# waits on the server), and concurrent callers are what the server meets anyway. The
# administrators last and one by one, since they may change other accounts.
roles="${DANGJIAN_ST_ROLES:-yucai_member yucai_grid xincheng_viewer hotline12345 laocheng_admin city_admin auditor secadmin sysadmin}"
examples="${DANGJIAN_ST_EXAMPLES:-5}"
width="${DANGJIAN_ST_JOBS:-2}"
failed=0
running=()
for username in $roles; do
    case $username in
        secadmin | sysadmin)
            for run in "${running[@]}"; do wait "$run" || failed=1; done
            running=()
            schemathesis_as "$username" || failed=1
            ;;
        *)
            if [ ${#running[@]} -ge "$width" ]; then
                wait -n -p ended "${running[@]}" || failed=1
                running=($(printf '%s\n' "${running[@]}" | grep -vx "$ended" || true))
            fi
            schemathesis_as "$username" &
            running+=($!)
            ;;
    esac
done
for run in "${running[@]}"; do wait "$run" || failed=1; done
if [ "$failed" -ne 0 ]; then
    echo "schemathesis found failures on $engine" >&2
    exit 1
fi
# Malformed requests that never reach the application are logged by the HTTP layer (and
# answered 400); anything else logged as an error is a fault.
if grep -E 'ERROR|panicked' "$work/server.log" | grep -v 'actix_http::h1::dispatcher'; then
    echo "the server logged errors" >&2
    exit 1
fi
