#!/usr/bin/env bash
# Browser test: the real SPA served by the real `dangjian serve` over a fresh SQLite
# database with the demo city, driven by Playwright in headless Chromium. Arguments go to
# Playwright, e.g. `scripts/test-browser.sh e2e/support.spec.ts` for one spec.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM_PATH:-}" ]; then
    echo "installing Chromium for the browser test"
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
# The print test reads Chinese text back out of PDFs, which needs a CJK font.
if ! fc-list 2>/dev/null | grep -qi 'wqy\|noto sans cjk'; then
    echo "installing a Chinese font for the print test"
    apt-get update -qq && apt-get install -y -qq fonts-wqy-microhei >/dev/null
fi
(cd frontend && npm run build >/dev/null)
cargo build -q -p api

work="$(mktemp -d)"
port="${DANGJIAN_E2E_PORT:-18473}"
password="e2e-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export DANGJIAN_FRONTEND_DIR="$PWD/frontend/dist"
# Each test signs in anew, more often than the 10 logins a minute one address gets; the limit
# itself is checked by the API tests (tests/tests/api/auth.rs).
export DANGJIAN_TOKEN_REQUESTS_PER_MINUTE=600 DANGJIAN_REQUESTS_PER_MINUTE=100000
servers=()
trap 'for server in "${servers[@]}"; do kill $server 2>/dev/null; wait $server 2>/dev/null; done; rm -rf "$work"' EXIT

# Server N: the real server over a fresh SQLite database of its own in $work/N, on the base
# port plus N, with the demo city and the test's administrator. The demo accounts with their
# one-time passwords go to $work/N/accounts.txt (the role walk signs in as one of each role);
# the trap removes them.
start_server() {
    local n=$1 dir="$work/$1"
    mkdir "$dir"
    local -x DANGJIAN_DATA_DIR="$dir" DANGJIAN_BIND="127.0.0.1:$((port + n))" \
        DANGJIAN_DATABASE_URL="sqlite://$dir/dangjian.sqlite3"
    ./target/debug/dangjian seed --demo >"$dir/accounts.txt"
    local city_committee=1
    printf '%s\n' "$password" | ./target/debug/dangjian user create --username e2e_admin --role org_admin \
        --scope "$city_committee" --display-name "浏览器测试" --password-stdin >/dev/null
    ./target/debug/dangjian serve >"$dir/server.log" 2>&1 &
    local server=$!
    servers+=($server)
    # Wait for readiness by polling the probe (the server reports ready, no fixed sleep).
    for _ in $(seq 1 100); do
        if curl -fsS "http://$DANGJIAN_BIND/readyz" >/dev/null 2>&1; then return; fi
        if ! kill -0 $server 2>/dev/null; then break; fi
        sleep 0.1
    done
    cat "$dir/server.log" >&2
    exit 1
}

# Playwright against server N, with the arguments that follow.
playwright_on() {
    local n=$1
    shift
    (
        cd frontend
        export DANGJIAN_E2E_BASE_URL="http://127.0.0.1:$((port + n))" DANGJIAN_E2E_USERNAME=e2e_admin \
            DANGJIAN_E2E_PASSWORD="$password" DANGJIAN_E2E_ACCOUNTS="$work/$n/accounts.txt"
        npx playwright test "$@"
    )
}

status=0
if [ $# -gt 0 ]; then
    start_server 0
    playwright_on 0 "$@" || status=1
else
    start_server 0
    start_server 1
    # The role walk first, two browsers at once (playwright.config.ts). Then the specs that
    # change what they share, one after another on each server, half of them on each: a
    # spec's changes never meet the other half's. All report even when one fails.
    playwright_on 0 --project=roles || status=1
    playwright_on 0 --project=tasks --shard=1/2 >"$work/tasks-1.log" 2>&1 &
    first=$!
    playwright_on 1 --project=tasks --shard=2/2 >"$work/tasks-2.log" 2>&1 &
    second=$!
    wait $first || status=1
    wait $second || status=1
    cat "$work/tasks-1.log" "$work/tasks-2.log"
fi
# Personal data never reaches the log: no ID number, no mobile number.
for log in "$work"/*/server.log; do
    if grep -Eq '[0-9]{17}[0-9X]|(^|[^0-9])1[3-9][0-9]{9}([^0-9]|$)' "$log"; then
        echo "the server log holds an ID or phone number:" >&2
        grep -En '[0-9]{17}[0-9X]|(^|[^0-9])1[3-9][0-9]{9}([^0-9]|$)' "$log" >&2
        status=1
    fi
done
[ $status -eq 0 ] && echo "server logs: no ID or phone numbers"
exit $status
