#!/usr/bin/env bash
# Validates the committed contract with openapi-spec-validator (installed in .venv).
set -euo pipefail
venv=.venv
if [ ! -x "$venv/bin/openapi-spec-validator" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q "openapi-spec-validator==0.7.*"
fi
"$venv/bin/openapi-spec-validator" openapi/openapi.json
