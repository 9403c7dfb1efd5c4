#!/usr/bin/env bash
# Validates the committed contract with openapi-spec-validator (installed in .venv).
set -euo pipefail
venv=.venv
if [ ! -x "$venv/bin/openapi-spec-validator" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q "openapi-spec-validator==0.7.*"
fi
"$venv/bin/openapi-spec-validator" openapi/openapi.json
# Two linters, pinned: Redocly's `recommended` rules and Spectral's `spectral:oas`; any error or
# warning fails.
redocly=$(npx -y @redocly/cli@2.77.0 lint --extends recommended --format json openapi/openapi.json 2>/dev/null)
python3 - "$redocly" <<'PY'
import json, sys
report = json.loads(sys.argv[1])
totals = report["totals"]
for problem in report.get("problems", []):
    print(f"redocly {problem['severity']}: {problem['ruleId']}: {problem['message']}", file=sys.stderr)
sys.exit(1 if totals["errors"] or totals["warnings"] else 0)
PY
echo "redocly recommended: 0 errors, 0 warnings"
printf 'extends: ["spectral:oas"]\n' >"${TMPDIR:-/tmp}/dangjian.spectral.yaml"
npx -y @stoplight/spectral-cli@6.16.3 lint --quiet --fail-severity=warn \
    --ruleset "${TMPDIR:-/tmp}/dangjian.spectral.yaml" openapi/openapi.json
echo "spectral:oas: 0 errors, 0 warnings"
