/**
 * Test infrastructure shared by every package. {@link org.claimgraph.testing.Prerequisites#require}
 * is the one way a test needs something from outside the repository: it skips with a reason on a
 * developer machine and fails under {@code CI=true}; {@link org.claimgraph.testing.Needs} names the
 * common ones (the seed notes, node and the npm packages of {@code src/test/js}, chromium).
 * {@link org.claimgraph.testing.SkipSummary} prints one line at the end of every run naming what was
 * skipped and why, so a green run says what it did not test. {@link org.claimgraph.testing.Eventually}
 * waits on events that have no latch, with a deadline that can only fail a hung test; no test
 * asserts how fast something happened (that is what BENCHMARKS.md is for).
 */
package org.claimgraph.testing;
