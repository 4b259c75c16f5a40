#!/bin/sh
# Matrix change → an observer's open Matrix tab: latency and bytes pushed (see bench/README.md).
# Usage: bench/matrix-live.sh [changes] [entries at the start]   (defaults 30 and 20)
set -e
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME VAADIN_USAGE_STATS_ENABLED=false
./mvnw -B -q verify -Dit.test=MatrixLiveBenchIT -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
    -Dmajlis.bench=true -Dmajlis.bench.changes="${1:-30}" -Dmajlis.bench.entries="${2:-20}"
cat target/bench/matrix-live.md
