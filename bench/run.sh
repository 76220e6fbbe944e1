#!/usr/bin/env bash
# Runs the claimgraph benchmarks (never part of `mvn verify`) and prints a Markdown report,
# also written to target/bench/results.md. Each measurement runs in its own child JVM.
#   bench/run.sh                                  # everything: 10, 100, 1000 notes, 5 runs
#   bench/run.sh --sizes 10,100 --runs 3 --only ingest,shacl
# Options: --sizes --runs --seed --only corpus,ingest,shacl,reingest,endpoint,phases,audit
#          --clients 1,8,32 --measure-seconds 8 --endpoint-rounds 2 --serve-args "serve --db {db} --port {port}"  ({config}: a copy of fuseki-config/claimgraph.ttl naming the store)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
# run from a copy of the classes so that compiling during a long run cannot break it
rm -rf target/bench-classes && mkdir -p target/bench-classes
cp -r target/classes target/bench-classes/main && cp -r target/test-classes target/bench-classes/test
CP="target/bench-classes/main:target/bench-classes/test:$(cat target/bench-classpath.txt)"
exec java -Xmx1g -Dfile.encoding=UTF-8 -cp "$CP" org.claimgraph.bench.BenchMain "$@"
