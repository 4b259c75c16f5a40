#!/usr/bin/env bash
# Restores a backup made by backup.sh into Majlis' database. Stop the app first; start it again afterwards.
#
#   config/backup/restore.sh FILE.sql.gz [--replace]
#
# The database must be empty, unless --replace is given: then every table in it is dropped first (the backup holds
# the whole schema, Flyway's history included, so the app starts on it as it was). Same connection settings as
# backup.sh (embedded default, or MAJLIS_DB_* for an external server).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=connection.sh
source "$here/connection.sh"

in="${1:?usage: restore.sh FILE.sql.gz [--replace]}"
replace="${2:-}"
[[ -f "$in" ]] || { echo "No backup file $in" >&2; exit 2; }
gzip -t "$in" || { echo "$in is not a complete gzip file" >&2; exit 2; }
connection_file="$(majlis_connection_file)"
trap 'rm -f "$connection_file"' EXIT
client() { "$(majlis_tool mariadb)" --defaults-extra-file="$connection_file" --default-character-set=utf8mb4 "$@"; }

client -e "CREATE DATABASE IF NOT EXISTS \`$MAJLIS_DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
tables="$(client -N -B -e "SELECT table_name FROM information_schema.tables WHERE table_schema = '$MAJLIS_DB_NAME'")"
if [[ -n "$tables" ]]; then
    if [[ "$replace" != "--replace" ]]; then
        echo "Database $MAJLIS_DB_NAME is not empty; add --replace to drop its tables and restore the backup" >&2
        exit 3
    fi
    drops="SET FOREIGN_KEY_CHECKS = 0;"
    while read -r table; do drops+=" DROP TABLE IF EXISTS \`$table\`;"; done <<< "$tables"
    client "$MAJLIS_DB_NAME" -e "$drops"
fi
gunzip -c "$in" | client "$MAJLIS_DB_NAME"
echo "Restored $in into database $MAJLIS_DB_NAME"
