package org.claimgraph.validate;

import org.apache.jena.graph.Node;
import org.apache.jena.shacl.vocabulary.SHACL;

/** The three severities, ordered from the most to the least serious. */
public enum Severity {
    /** The data is broken. */
    VIOLATION(SHACL.Violation),
    /** A person must act. */
    WARNING(SHACL.Warning),
    /** Worth knowing. */
    INFO(SHACL.Info);

    private final Node node;

    Severity(Node node) {
        this.node = node;
    }

    /** {@code sh:Violation}, {@code sh:Warning} or {@code sh:Info}. */
    public Node node() {
        return node;
    }

    /** "violation", "warning" or "info" (the column value of {@code audit-findings.rq}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** True when this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Severity of(Node n) {
        for (Severity s : values()) if (s.node.equals(n)) return s;
        return VIOLATION; // sh:severity outside the three standard ones: treat as the most serious
    }
}
