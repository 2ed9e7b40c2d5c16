#!/usr/bin/env bash
# Reads one generated interchange of about 1 GB (850 sets) through the streaming reader with a
# 256 MB heap and prints time, throughput and peak heap.
# Usage: bench/run-large.sh [size in MB, default 1024] [max heap, default 256m]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests test-compile
if [[ ! -s target/test.classpath || pom.xml -nt target/test.classpath ]]; then
  ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath
fi
exec java "-Xmx${2:-256m}" -cp "target/test-classes:target/classes:$(cat target/test.classpath)" \
  io.tradelane.bench.LargeInterchangeReport "${1:-1024}"
