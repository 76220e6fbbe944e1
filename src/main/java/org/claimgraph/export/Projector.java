package org.claimgraph.export;

import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.claimgraph.extract.VerificationStatus;
import org.claimgraph.rdf.Iris;

/**
 * Reads the dataset (whose default graph is the union of the note graphs) with the queries in
 * {@code org/claimgraph/export/*.rq} and builds the {@link PropertyGraph} of the node kinds asked
 * for. Literals become attributes of the node they describe; only notes, sections, claims, tools,
 * versions and statuses become nodes. Edges are kept only between included kinds:
 * <pre>
 *   Section  -IN_NOTE->       Note        Section -SUBSECTION_OF-> Section
 *   Claim    -IN_SECTION->    Section     Claim   -IN_NOTE->       Note  (when it has no section or sections are left out)
 *   Claim    -ABOUT_TOOL->    Tool        (also when the claim names only a version of the tool)
 *   Claim    -ABOUT_VERSION-> Version     Version -VERSION_OF->    Tool
 *   Claim    -HAS_STATUS->    Status      (one edge per distinct status the claim's provenance asserts)
 * </pre>
 * A tool's {@code maturity} is the mean of the maturity observations of its technology-chain
 * layer ({@code tool-maturity.rq}), rounded to six decimals; absent when the graph has none.
 */
public final class Projector {
    /** Resource IRIs lose this prefix to become node ids ({@code tool/kubernetes}). */
    public static final String ID_BASE = Iris.ID;

    private static final int LABEL_LENGTH = 80;

    private Projector() {}

    /** Projects every node kind. */
    public static PropertyGraph project(Dataset dataset) {
        return project(dataset, NodeKind.all());
    }

    /** Projects the kinds in {@code include}; runs in one read transaction. */
    public static PropertyGraph project(Dataset dataset, Set<NodeKind> include) {
        if (dataset.isInTransaction()) {
            return new ProjectionRun(dataset, include).build();
        }
        return Txn.calculateRead(dataset, () -> new ProjectionRun(dataset, include).build());
    }

    /** Id of a status node in every projection, e.g. {@code status/unverifiable}. */
    static String statusNodeId(VerificationStatus s) {
        return "status/" + s.notation();
    }

    /** Node id of a resource IRI. */
    public static String nodeId(String iri) {
        return iri.startsWith(ID_BASE) ? iri.substring(ID_BASE.length()) : iri;
    }

    static String shorten(String text) {
        return shorten(text, LABEL_LENGTH);
    }

    /** One line of at most {@code max} code points, ending in … when cut. */
    static String shorten(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        if (oneLine.codePointCount(0, oneLine.length()) <= max) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, max - 1)) + "…";
    }

    static String localName(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return i >= 0 && i < iri.length() - 1 ? iri.substring(i + 1) : iri;
    }
}
