#!/usr/bin/env bash
# Runs the load driver (io.tradelane.bench.LoadDriver) against the packaged hub.
# Usage: bench/run-load.sh [--singles 10000] [--batch-files 10] [--batch-size 1000]
#                          [--lines 2] [--min-age-ms 200] [--timeout-min 30] [--attach <data-dir>]
# Builds target/tradelane.jar and the test classes when missing (REBUILD=1 forces a build).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${REBUILD:-0}" == 1 || ! -f target/tradelane.jar \
      || ! -f target/test-classes/io/tradelane/bench/LoadDriver.class ]]; then
  ./mvnw -q -DskipTests package
fi
if [[ ! -s target/test.classpath || pom.xml -nt target/test.classpath ]]; then
  ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath
fi

exec java -cp "target/test-classes:target/classes:$(cat target/test.classpath)" \
  -Dbasedir="$PWD" io.tradelane.bench.LoadDriver "$@"
