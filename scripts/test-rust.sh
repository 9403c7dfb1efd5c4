#!/usr/bin/env bash
# Domain unit tests and API integration tests, on SQLite and on a throwaway PostgreSQL
# cluster started here and stopped on exit, then the backup drill and the schemathesis run.
set -euo pipefail
cd "$(dirname "$0")/.."
url="$(scripts/test-postgres.sh start)"
# The demo-city templates the tests copy (tests/src/template.rs) go with the run.
trap 'scripts/test-postgres.sh stop; rm -rf "${TMPDIR:-/tmp}"/dangjian-test-template-*' EXIT
export DANGJIAN_TEST_POSTGRES_URL="$url"
if cargo nextest --version >/dev/null 2>&1; then
    cargo nextest run --workspace --no-fail-fast
else
    cargo test --workspace --no-fail-fast
fi
# Backup, restore and verify on both databases while points entries are written.
cargo build -q -p api
scripts/backup-drill.py
# A write committed just before the server dies is answered to the retry with its key, once.
scripts/crash-drill.py
# Webhook deliveries cut short by a restart arrive afterwards, in order and signed.
scripts/webhook-drill.py
# A standard OAuth 2.0 client library against the token endpoint and the scopes.
clients=.venv-clients
if [ ! -x "$clients/bin/python" ] || ! "$clients/bin/python" -c 'import authlib, requests' 2>/dev/null; then
    python3 -m venv "$clients"
    "$clients/bin/pip" install -q "Authlib==1.9.10" "requests==2.34.2"
fi
"$clients/bin/python" scripts/oauth-drill.py
# The Python client generated from the contract is current, installs and drives both
# integrations (hotline and statistics) against the real server.
scripts/clients.sh check
# The whole contract, generated requests as every role: no server error, documented answers
# match their schemas. Every role on SQLite; on PostgreSQL the roles that write most.
scripts/schemathesis.sh sqlite
DANGJIAN_ST_ROLES="yucai_grid city_admin sysadmin" scripts/schemathesis.sh postgres
