package org.claimgraph.extract;

/** Lines {@code first..last} of a note, 1-based and inclusive ({@code first <= last}). */
record LineRange(int first, int last) {}
