/**
 * Benchmark harness (never part of the normal test run): {@code bench/run.sh} starts
 * {@link org.claimgraph.bench.BenchMain}, which runs each measurement in a child JVM
 * (so peak RSS is that measurement's own) and writes a Markdown table of medians and
 * min–max for {@code BENCHMARKS.md}. Every ratio compares against a baseline measured in the
 * same run.
 */
package org.claimgraph.bench;
