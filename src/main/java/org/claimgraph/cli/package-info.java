/**
 * The {@code claimgraph} command line (picocli): {@link org.claimgraph.cli.Main} lists the
 * subcommands, one small class each; {@link org.claimgraph.cli.DataSourceOptions} is the shared
 * {@code --db | --docs} choice. Exit codes: 0 success, 1 partial, 2 usage, 3 nothing worked.
 */
package org.claimgraph.cli;
