# Connection settings shared by backup.sh and restore.sh (sourced, not run).
# Embedded default: ./data as `./mvnw spring-boot:run` leaves it. External server: MAJLIS_DB_* variables.
MAJLIS_DATA_DIR="${MAJLIS_DATA_DIR:-data}"
credentials="$MAJLIS_DATA_DIR/mariadb-credentials.properties"
if [[ -z "${MAJLIS_DB_PASSWORD:-}" && -f "$credentials" ]]; then
    MAJLIS_DB_USER="${MAJLIS_DB_USER:-$(sed -n 's/^username=//p' "$credentials")}"
    MAJLIS_DB_PASSWORD="$(sed -n 's/^password=//p' "$credentials")"
    MAJLIS_DB_BIN="${MAJLIS_DB_BIN:-$MAJLIS_DATA_DIR/mariadb-server/bin}"
fi
MAJLIS_DB_HOST="${MAJLIS_DB_HOST:-127.0.0.1}"
MAJLIS_DB_PORT="${MAJLIS_DB_PORT:-3307}"
MAJLIS_DB_NAME="${MAJLIS_DB_NAME:-majlis}"
MAJLIS_DB_USER="${MAJLIS_DB_USER:-majlis}"
: "${MAJLIS_DB_PASSWORD:?no password: set MAJLIS_DB_PASSWORD, or run from the folder that holds data/mariadb-credentials.properties}"

# The tool's path: from MAJLIS_DB_BIN when set (the embedded server's own tools), else from PATH.
majlis_tool() {
    if [[ -n "${MAJLIS_DB_BIN:-}" ]]; then echo "$MAJLIS_DB_BIN/$1"; else command -v "$1"; fi
}

# A private options file with the connection (the password stays off the command line); the caller deletes it.
majlis_connection_file() {
    local file
    file="$(mktemp)"
    chmod 600 "$file"
    printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword=%s\n' "$MAJLIS_DB_HOST" "$MAJLIS_DB_PORT" \
        "$MAJLIS_DB_USER" "$MAJLIS_DB_PASSWORD" > "$file"
    echo "$file"
}
