#!/usr/bin/env bash
# Checks the stored files of cost-gms (archived minutes, their signed scans and addenda, session documents) without
# the application: each file under GMS_DATA_DIR/files is named by the SHA-256 of its content, so a file whose digest
# differs from its name was altered (or damaged) after it was stored. Run it after restoring a backup.
#   GMS_DATA_DIR=/var/lib/cost-gms/data deploy/backup/verify-files.sh
set -euo pipefail
GMS_DATA_DIR=${GMS_DATA_DIR:-/var/lib/cost-gms/data}
root="$GMS_DATA_DIR/files"
[ -d "$root" ] || { echo "No stored files under $root"; exit 0; }
checked=0
bad=0
while IFS= read -r -d '' file; do
    name=$(basename "$file")
    case "$name" in upload-*.part) continue ;; esac
    actual=$(sha256sum "$file" | cut -d' ' -f1)
    checked=$((checked + 1))
    if [ "$actual" != "$name" ]; then
        echo "ALTERED: $file (content digest $actual)"
        bad=$((bad + 1))
    fi
done < <(find "$root" -type f -print0)
echo "$checked file(s) checked, $bad altered"
[ "$bad" -eq 0 ]
