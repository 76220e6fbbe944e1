#!/usr/bin/env bash
# Large notes: extract + map vs commonmark-java on the same text (org.claimgraph.bench.LargeNoteBench).
#   bench/large-notes.sh              # 0.1, 1, 4, 16 MB, one ABBA round each
#   ROUNDS=3 bench/large-notes.sh 0.1 1
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null \
  || [ -s target/bench-classpath.txt ]  # offline without the plugin: a classpath written earlier
rm -rf target/bench-classes && mkdir -p target/bench-classes
cp -r target/classes target/bench-classes/main && cp -r target/test-classes target/bench-classes/test
CP="target/bench-classes/main:target/bench-classes/test:$(cat target/bench-classpath.txt)"
exec java -Xmx4g -Drounds="${ROUNDS:-1}" -Dfile.encoding=UTF-8 -cp "$CP" org.claimgraph.bench.LargeNoteBench "$@"
