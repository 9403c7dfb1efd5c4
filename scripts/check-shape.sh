#!/usr/bin/env bash
# One shape for every concept (docs/ARCHITECTURE.md): route files reach the database only
# through the store (`db::repo`), never through `db::schema`; no route module imports another
# resource's route module; hand-written Rust files stay under 500 lines.
#
# PENDING lists the files that still predate the shape. A listed file that now conforms must
# leave the list, so the list only shrinks; a new file never joins it.
set -euo pipefail
cd "$(dirname "$0")/.."

PENDING=(
    api/src/routes/publicities.rs
    api/src/db/models.rs
    api/src/db/schema.rs
)
LIMIT=500
resources=$(find api/src/routes -mindepth 1 -maxdepth 1 \( -name '*.rs' -o -type d \) ! -name mod.rs ! -name common.rs \
    -exec basename {} .rs \; | paste -sd'|')

pending() { printf '%s\n' "${PENDING[@]}" | grep -qx "$1"; }

failures=0
check() {
    local file=$1 problem=$2
    if [ -n "$problem" ] && ! pending "$file"; then
        echo "$file: $problem" >&2
        failures=$((failures + 1))
    fi
}

conforms=()
while IFS= read -r file; do
    own=$(echo "$file" | sed -E 's#api/src/routes/([^/.]+).*#\1#')
    problems=""
    case "$file" in
    api/src/routes/*)
        if grep -qE 'db::schema' "$file"; then problems+="imports db::schema; "; fi
        others=$(grep -oE "(super|crate::routes|super::super)::($resources)\b" "$file" | grep -vE "::$own\$" || true)
        if [ "$file" != api/src/routes/mod.rs ] && [ -n "$others" ]; then
            problems+="imports another resource's routes ($(echo "$others" | sort -u | paste -sd' ')); "
        fi
        ;;
    esac
    case "$file" in
    api/src/seed/*) ;;
    *) if [ "$(wc -l <"$file")" -gt "$LIMIT" ]; then problems+="more than $LIMIT lines; "; fi ;;
    esac
    check "$file" "$problems"
    if [ -z "$problems" ] && pending "$file"; then conforms+=("$file"); fi
done < <(find api/src domain/src -name '*.rs' | sort)

for file in "${PENDING[@]}"; do
    if [ ! -e "$file" ]; then
        echo "$file no longer exists: take it off PENDING in scripts/check-shape.sh" >&2
        failures=$((failures + 1))
    fi
done
for file in "${conforms[@]}"; do
    echo "$file now has the shape: take it off PENDING in scripts/check-shape.sh" >&2
    failures=$((failures + 1))
done
if [ "$failures" -gt 0 ]; then
    exit 1
fi
echo "shape: ${#PENDING[@]} files still to move, nothing new out of shape"
