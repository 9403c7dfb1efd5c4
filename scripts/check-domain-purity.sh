#!/usr/bin/env bash
# The domain crate holds the rules only: it must not depend on the web framework or the
# database layer.
set -euo pipefail
for forbidden in diesel actix-web r2d2; do
    if cargo tree -p domain -e normal -i "$forbidden" >/dev/null 2>&1; then
        echo "domain depends on $forbidden:" >&2
        cargo tree -p domain -e normal -i "$forbidden" >&2
        exit 1
    fi
done
echo "domain purity: no diesel, actix-web or r2d2 in domain's dependencies"
