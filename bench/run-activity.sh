#!/usr/bin/env bash
# Runs the 852 benchmark (io.tradelane.bench.ActivityBench): one generated 852 interchange of
# 10,000 stores x 500 items through intake, translation and the CPFR stage, the hub in one JVM with
# a 512 MB heap. Usage: HEAP=512m bench/run-activity.sh [--stores 10000] [--items 500]
# [--layout stores|sdq] [--timeout-min 120]
# The file and the hub's data go to a temporary folder (TMPDIR) and are deleted afterwards.
# Builds the classes when missing (REBUILD=1 forces a build).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${REBUILD:-0}" == 1 || ! -f target/test-classes/io/tradelane/bench/ActivityBench.class ]]; then
  ./mvnw -q -DskipTests test-compile
fi
if [[ ! -s target/test.classpath || pom.xml -nt target/test.classpath ]]; then
  ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath
fi

exec java "-Xmx${HEAP:-512m}" -cp "target/test-classes:target/classes:$(cat target/test.classpath)" \
  -Dbasedir="$PWD" io.tradelane.bench.ActivityBench "$@"
