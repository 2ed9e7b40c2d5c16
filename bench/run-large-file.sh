#!/usr/bin/env bash
# Runs the large-file benchmark (io.tradelane.bench.LargeFileBench): one generated file of many
# small 850 interchanges through intake and translation, the hub in one JVM with a small heap.
# Usage: HEAP=256m bench/run-large-file.sh [--mb 1024] [--pos 5] [--lines 2] [--timeout-min 180]
# The file and the hub's data go to a temporary folder (TMPDIR) and are deleted afterwards.
# Builds the classes when missing (REBUILD=1 forces a build).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${REBUILD:-0}" == 1 || ! -f target/test-classes/io/tradelane/bench/LargeFileBench.class ]]; then
  ./mvnw -q -DskipTests test-compile
fi
if [[ ! -s target/test.classpath || pom.xml -nt target/test.classpath ]]; then
  ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath
fi

exec java "-Xmx${HEAP:-256m}" -cp "target/test-classes:target/classes:$(cat target/test.classpath)" \
  -Dbasedir="$PWD" io.tradelane.bench.LargeFileBench "$@"
