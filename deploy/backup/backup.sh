#!/usr/bin/env bash
# Nightly backup of cost-gms: a consistent dump of the MySQL database and a copy of GMS_DATA_DIR.
#   BACKUP_DIR=/var/backups/cost-gms DB=gms GMS_DATA_DIR=/var/lib/cost-gms/data deploy/backup/backup.sh
# Credentials come from ~/.my.cnf of the user running it (never on the command line).
set -euo pipefail
BACKUP_DIR=${BACKUP_DIR:-/var/backups/cost-gms}
DB=${DB:-gms}
GMS_DATA_DIR=${GMS_DATA_DIR:-/var/lib/cost-gms/data}
KEEP_DAYS=${KEEP_DAYS:-30}
stamp=$(date +%Y%m%d-%H%M)
mkdir -p "$BACKUP_DIR"
umask 077

mysqldump --single-transaction --routines --triggers --hex-blob --default-character-set=utf8mb4 "$DB" \
    | gzip -9 > "$BACKUP_DIR/gms-$stamp.sql.gz.part"
mv "$BACKUP_DIR/gms-$stamp.sql.gz.part" "$BACKUP_DIR/gms-$stamp.sql.gz"

if [ -d "$GMS_DATA_DIR" ]; then
    tar -czf "$BACKUP_DIR/data-$stamp.tar.gz" -C / "${GMS_DATA_DIR#/}"
fi

find "$BACKUP_DIR" -name 'gms-*.sql.gz' -mtime +"$KEEP_DAYS" -delete
find "$BACKUP_DIR" -name 'data-*.tar.gz' -mtime +"$KEEP_DAYS" -delete
ls -l "$BACKUP_DIR"/*"$stamp"*
