#!/bin/sh
# Time and size of the secretariat's exports of an edition with 500 matrix entries (see bench/README.md).
# Usage: bench/export-bench.sh [runs] [entries]   (defaults 5 and 500)
set -e
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME VAADIN_USAGE_STATS_ENABLED=false
./mvnw -B -q verify -Dit.test=ExportBenchIT -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
    -Dmajlis.bench=true -Dmajlis.bench.runs="${1:-5}" -Dmajlis.bench.entries="${2:-500}"
cat target/bench/exports.md
