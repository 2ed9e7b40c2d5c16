#!/usr/bin/env bash
# Kills a process committing to embedded H2 (opened as the hub opens it) again and again, and
# counts the kills after which committed work was lost. Exit 1 when any was.
# Usage: bench/run-h2-kill-probe.sh [rounds, default 50]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests test-compile
if [[ ! -s target/test.classpath || pom.xml -nt target/test.classpath ]]; then
  ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath
fi
exec java -cp "target/test-classes:target/classes:$(cat target/test.classpath)" \
  io.tradelane.runtime.EmbeddedDatabaseKillProbe "${1:-50}"
