#!/usr/bin/env bash
# Read + validate benchmark (JMH): the hub's X12 reader against StAEDI's validating reader on the
# same generated files, 10,000 850 sets in one interchange and in 10,000 interchanges.
# Usage: bench/run-jmh.sh  (about 9 minutes, most of it StAEDI)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests test-compile
if [[ ! -s target/test.classpath || pom.xml -nt target/test.classpath ]]; then
  ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath
fi
exec java -cp "target/test-classes:target/classes:$(cat target/test.classpath)" \
  io.tradelane.bench.ReadValidateReport
