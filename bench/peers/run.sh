#!/usr/bin/env bash
# Full and incremental SHACL validation: claimgraph (Jena 5.6) vs TopBraid SHACL 1.4.4 and RDF4J 5.1.0 ShaclSail
# on identical triples and Core-only shapes (org.claimgraph.bench.PeersBench; BENCHMARKS.md, "peer SHACL engines").
# The peers are built here from bench/peers/pom.xml, never by the main build: they stay out of target/claimgraph.jar.
#   bench/peers/run.sh                                    # 100 and 1 000 notes, 3 runs, 10 edits × 3 rounds, -Xmx6g
#   bench/peers/run.sh --sizes 10,30 --runs 1 --edits 2 --rounds 1 --xmx -Xmx1g --work target/peers-smoke
#   bench/peers/run.sh --only full,audit,incremental      (any subset; --only prep: write the data and stop)
# First run on a machine: MVN_OFFLINE= bench/peers/run.sh (downloads TopBraid and RDF4J from Maven Central).
set -euo pipefail
cd "$(dirname "$0")/../.."
# SKIP_BUILD=1: reuse the last build (to build and prepare the data outside the bench lock, then measure under it:
#   bench/peers/run.sh --only prep && SKIP_BUILD=1 flock /work/wt/bench.lock bench/peers/run.sh)
if [ -z "${SKIP_BUILD:-}" ]; then
  MVN="mvn -B -q ${MVN_OFFLINE--o}"
  $MVN -DskipTests test-compile
  $MVN dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
  $MVN -f bench/peers/pom.xml package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
  # run from a copy of the classes so that compiling during a long run cannot break it
  rm -rf target/peers-classes && mkdir -p target/peers-classes
  cp -r target/classes target/peers-classes/main && cp -r target/test-classes target/peers-classes/test
fi
CP="target/peers-classes/main:target/peers-classes/test:$(cat target/bench-classpath.txt)"
TB=bench/peers/topbraid/target
R4=bench/peers/rdf4j/target
exec java -Xmx1g -Dfile.encoding=UTF-8 -cp "$CP" org.claimgraph.bench.PeersBench \
  --topbraid-cp "$TB/peers-topbraid-0.1.0-SNAPSHOT.jar:$(cat $TB/classpath.txt)" \
  --rdf4j-cp "$R4/peers-rdf4j-0.1.0-SNAPSHOT.jar:$(cat $R4/classpath.txt)" "$@"
