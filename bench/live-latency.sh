#!/bin/sh
# Click-to-change latency of the live room between browsers (see bench/README.md).
# Usage: bench/live-latency.sh [clicks] [extra viewers]   (defaults 30 and 0)
set -e
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME VAADIN_USAGE_STATS_ENABLED=false
./mvnw -B -q verify -Dit.test=LiveRoomLatencyBenchIT -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
    -Dmajlis.bench=true -Dmajlis.bench.clicks="${1:-30}" -Dmajlis.bench.viewers="${2:-0}"
cat target/bench/live-latency.md
