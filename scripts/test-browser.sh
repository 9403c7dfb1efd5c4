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
export DANGJIAN_DATA_DIR="$work" DANGJIAN_BIND="127.0.0.1:$port" DANGJIAN_FRONTEND_DIR="$PWD/frontend/dist"
export DANGJIAN_DATABASE_URL="sqlite://$work/dangjian.sqlite3"
# Each test signs in anew, more often than the 10 logins a minute one address gets; the limit
# itself is checked by the API tests (tests/tests/api/auth.rs).
export DANGJIAN_TOKEN_REQUESTS_PER_MINUTE=600 DANGJIAN_REQUESTS_PER_MINUTE=100000
# The demo accounts with their one-time passwords: the role walk (every-role.spec.ts) signs in
# as one of each role. The file stays in the work dir, which the trap removes.
./target/debug/dangjian seed --demo >"$work/accounts.txt"
password="e2e-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
city_committee=1
printf '%s\n' "$password" | ./target/debug/dangjian user create --username e2e_admin --role org_admin \
    --scope "$city_committee" --display-name "浏览器测试" --password-stdin >/dev/null

./target/debug/dangjian serve >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
# Wait for readiness by polling the probe (the server reports ready, no fixed sleep).
for _ in $(seq 1 100); do
    if curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then break; fi
    if ! kill -0 $server 2>/dev/null; then cat "$work/server.log" >&2; exit 1; fi
    sleep 0.1
done

(
    cd frontend
    export DANGJIAN_E2E_BASE_URL="http://127.0.0.1:$port" DANGJIAN_E2E_USERNAME=e2e_admin \
        DANGJIAN_E2E_PASSWORD="$password" DANGJIAN_E2E_ACCOUNTS="$work/accounts.txt"
    if [ $# -gt 0 ]; then
        npx playwright test "$@"
    else
        # The role walk first, two browsers at once (playwright.config.ts), then the specs that
        # change what they share; both report even when the first fails.
        status=0
        npx playwright test --project=roles || status=1
        npx playwright test --project=tasks || status=1
        exit $status
    fi
)
# Personal data never reaches the log: no ID number, no mobile number.
if grep -Eq '[0-9]{17}[0-9X]|(^|[^0-9])1[3-9][0-9]{9}([^0-9]|$)' "$work/server.log"; then
    echo "the server log holds an ID or phone number:" >&2
    grep -En '[0-9]{17}[0-9X]|(^|[^0-9])1[3-9][0-9]{9}([^0-9]|$)' "$work/server.log" >&2
    exit 1
fi
echo "server log: no ID or phone numbers"
