package org.claimgraph.rdf;

import static org.claimgraph.rdf.Literals.decimal;
import static org.claimgraph.rdf.Literals.str;
import static org.claimgraph.rdf.Literals.zh;
import static org.claimgraph.rdf.NoteGraph.TYPE;
import static org.claimgraph.rdf.NoteGraph.nz;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.claimgraph.extract.Model;

/**
 * For {@link NoteMapper}: the claims of a note with their tools, versions and measurements, linked
 * to the assessments they cite ({@code cg:hasProvenance}) and back from the blocks of those
 * assessments ({@code cg:annotates}). Runs after {@link ProvenanceMapper}.
 */
final class ClaimMapper {
    private final NoteGraph g;
    private final OutlineMapper outline;
    private final ProvenanceMapper provenance;
    /** Claim nodes by claim index (the extractor numbers claims 0, 1, 2 …): a list, no boxed key per claim. */
    private final List<Node> claimNodes = new ArrayList<>();
    /** {@code cg:<Kind>} per claim kind, created once. */
    private final Node[] kindTypes = new Node[org.claimgraph.extract.ClaimKind.values().length];

    ClaimMapper(NoteGraph g, OutlineMapper outline, ProvenanceMapper provenance) {
        this.g = g;
        this.outline = outline;
        this.provenance = provenance;
    }

    /** Every claim in document order, then {@code cg:annotates} from the blocks to the claims. */
    void map() {
        for (Model.Claim c : g.note.claims()) {
            g.openScope(); // a claim's measurements are minted under it here only
            mapClaim(c);
            g.closeScope();
        }
        linkBlocksToClaims();
    }

    /** The node of the claim with this index, or null. */
    Node claim(int index) {
        return index >= 0 && index < claimNodes.size() ? claimNodes.get(index) : null;
    }

    private void putClaim(int index, Node n) {
        while (claimNodes.size() <= index) claimNodes.add(null);
        claimNodes.set(index, n);
    }

    private void mapClaim(Model.Claim c) {
        Node n = g.mint("claim", outline.sectionPathAt(c.firstLine()), nz(c.text()));
        putClaim(c.index(), n);
        g.add(n, TYPE, CG.Claim);
        Node kind = kindTypes[c.kind().ordinal()];
        if (kind == null)
            kindTypes[c.kind().ordinal()] =
                    kind = NodeFactory.createURI(CG.NS + c.kind().localName());
        g.add(n, TYPE, kind);
        Node section = c.sectionIndex() >= 0 ? outline.section(c.sectionIndex()) : null;
        g.located(n, c.firstLine(), c.lastLine(), section != null ? section : outline.sectionAt(c.firstLine()));
        Node table = outline.tableAt(c.firstLine());
        if (table != null) g.add(n, CG.inTable, table);
        g.addIf(n, CG.text, zh(c.text()));
        for (String t : c.tools()) g.add(n, CG.aboutTool, g.tool(t));
        for (Model.VersionMention v : c.versions()) g.add(n, CG.aboutVersion, g.version(v));
        for (Model.Measurement m : c.measurements()) mapMeasurement(n, m);
        for (Model.AssessmentRef r : c.assessments()) {
            Node a = provenance.assessment(r);
            if (a != null) g.add(n, CG.hasProvenance, a);
        }
    }

    private void mapMeasurement(Node claim, Model.Measurement m) {
        Node n = g.mintUnder("measurement", claim, nz(m.metric()), nz(m.raw()), nz(m.unit()));
        g.add(claim, CG.hasMeasurement, n);
        g.typedInNote(n, CG.Measurement);
        g.addIf(n, CG.metric, str(m.metric()));
        if (Double.isFinite(m.value())) g.add(n, CG.value, decimal(m.value()));
        g.addIf(n, CG.unit, str(m.unit()));
        g.addIf(n, CG.rawValue, str(m.raw()));
        g.addIf(n, CG.comparedWith, str(m.comparedWith()));
        g.addIf(n, CG.environment, str(m.environment()));
        g.add(n, CG.line, g.integer(m.line()));
    }

    /** {@code cg:annotates} from each block to the claims that cite one of its assessments. */
    private void linkBlocksToClaims() {
        for (Model.Claim c : g.note.claims()) {
            for (Model.AssessmentRef r : c.assessments()) {
                Node b = provenance.block(r.blockIndex());
                if (b != null) g.add(b, CG.annotates, claim(c.index()));
            }
        }
    }
}
