#!/usr/bin/env bash
# One shape for every concept (docs/ARCHITECTURE.md): route files reach the database only
# through the store (`db::repo`), never through `db::schema`; no route module imports another
# resource's route module; hand-written Rust files (seed data aside) stay under 500 lines.
set -euo pipefail
cd "$(dirname "$0")/.."

LIMIT=500
resources=$(find api/src/routes -mindepth 1 -maxdepth 1 \( -name '*.rs' -o -type d \) ! -name mod.rs ! -name common.rs \
    -exec basename {} .rs \; | paste -sd'|')

failures=0
while IFS= read -r file; do
    problems=""
    case "$file" in
    api/src/routes/mod.rs) ;;
    api/src/routes/*)
        own=$(echo "$file" | sed -E 's#api/src/routes/([^/.]+).*#\1#')
        if grep -qE 'db::schema' "$file"; then problems+="imports db::schema; "; fi
        others=$(grep -oE "(super|crate::routes|super::super)::($resources)\b" "$file" | grep -vE "::$own\$" || true)
        if [ -n "$others" ]; then
            problems+="imports another resource's routes ($(echo "$others" | sort -u | paste -sd' ')); "
        fi
        ;;
    esac
    case "$file" in
    api/src/seed/*) ;;
    *) if [ "$(wc -l <"$file")" -gt "$LIMIT" ]; then problems+="more than $LIMIT lines; "; fi ;;
    esac
    if [ -n "$problems" ]; then
        echo "$file: $problems" >&2
        failures=$((failures + 1))
    fi
done < <(find api/src domain/src -name '*.rs' | sort)

if [ "$failures" -gt 0 ]; then
    exit 1
fi
echo "shape: every route reaches the database through the store, none imports another resource, no file over $LIMIT lines"
