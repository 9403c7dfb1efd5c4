#!/usr/bin/env bash
# The generated clients. `scripts/clients.sh generate` (make clients) regenerates
# clients/python/dangjian-client from the committed contract; `scripts/clients.sh check`
# (make test) fails when the committed client differs from what the contract generates, then
# installs it into .venv-clients and runs its scenario against the real server (after
# `cargo build -p api`). Tools pinned: openapi-python-client 0.29.1 with ruff 0.17.6.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv-clients
if ! "$venv/bin/python" -c 'import openapi_python_client' 2>/dev/null; then
    [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
    "$venv/bin/pip" install -q "openapi-python-client==0.29.1" "ruff==0.17.6"
fi
generate() {
    local out=$1
    rm -rf "$out"
    # The post hooks (ruff) run from PATH.
    (cd clients/python && PATH="$PWD/../../$venv/bin:$PATH" "../../$venv/bin/openapi-python-client" generate \
        --path ../../openapi/openapi.json --config config.yml --output-path "$out" --fail-on-warning >/dev/null)
    rm -rf "$out/.ruff_cache"
}
case "${1:-check}" in
    generate)
        generate "$PWD/clients/python/dangjian-client"
        ;;
    check)
        fresh=$(mktemp -d)/dangjian-client
        generate "$fresh"
        if ! diff -r "$fresh" clients/python/dangjian-client >/dev/null; then
            echo "clients/python/dangjian-client is not what openapi/openapi.json generates: run make clients" >&2
            exit 1
        fi
        "$venv/bin/pip" install -q --force-reinstall ./clients/python/dangjian-client
        "$venv/bin/python" clients/python/scenario.py
        ;;
    *)
        echo "usage: $0 generate|check" >&2
        exit 2
        ;;
esac
