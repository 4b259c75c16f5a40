#!/usr/bin/env bash
# Backs up Majlis' database into one gzip-compressed SQL file (a consistent snapshot, taken while the app runs).
#
#   config/backup/backup.sh FILE.sql.gz
#
# Embedded default (nothing set): the MariaDB that `./mvnw spring-boot:run` or the jar started from ./data — its
# tools in data/mariadb-server/bin, its application user's password in data/mariadb-credentials.properties, port 3307.
# External server: set MAJLIS_DB_HOST, MAJLIS_DB_PORT, MAJLIS_DB_NAME, MAJLIS_DB_USER and MAJLIS_DB_PASSWORD
# (mariadb-dump from PATH, or MAJLIS_DB_BIN naming the folder that holds it). The password never appears on a
# command line: it goes to the tools through a private options file that is deleted at the end.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=connection.sh
source "$here/connection.sh"

out="${1:?usage: backup.sh FILE.sql.gz}"
connection_file="$(majlis_connection_file)"
trap 'rm -f "$connection_file"' EXIT
tmp="$out.partial"
# --single-transaction: a consistent snapshot without locking the running app out; --no-tablespaces: no PROCESS
# privilege needed; --hex-blob: statements' files (PDF, DOCX) byte for byte.
"$(majlis_tool mariadb-dump)" --defaults-extra-file="$connection_file" --single-transaction --no-tablespaces \
    --hex-blob --default-character-set=utf8mb4 --skip-lock-tables "$MAJLIS_DB_NAME" | gzip > "$tmp"
mv "$tmp" "$out"
echo "Backed up database $MAJLIS_DB_NAME to $out ($(du -h "$out" | cut -f1))"
