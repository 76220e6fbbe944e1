package org.claimgraph.rdf;

import static org.claimgraph.rdf.Literals.bool;
import static org.claimgraph.rdf.Literals.date;
import static org.claimgraph.rdf.Literals.integer;
import static org.claimgraph.rdf.Literals.str;
import static org.claimgraph.rdf.Literals.zh;
import static org.claimgraph.rdf.NoteGraph.LABEL;
import static org.claimgraph.rdf.NoteGraph.TYPE;
import static org.claimgraph.rdf.NoteGraph.nz;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.claimgraph.extract.Model;

/**
 * For {@link NoteMapper}: the provenance blocks of a note, their assessments and the status
 * assertions inside them; looked up afterwards by the claims that cite them.
 */
final class ProvenanceMapper {
    static final Node MODIFIED = DCTerms.modified.asNode();

    private final NoteGraph g;
    private final OutlineMapper outline;
    private final Map<Integer, Node> blockNodes = new HashMap<>();
    private final Map<Long, Node> assessmentNodes = new HashMap<>();

    ProvenanceMapper(NoteGraph g, OutlineMapper outline) {
        this.g = g;
        this.outline = outline;
    }

    /** Every block of the note in document order, each with its assessments. */
    void map() {
        g.note.blocks().forEach(this::mapBlock);
    }

    /** The node of the block with this index, or null. */
    Node block(int index) {
        return blockNodes.get(index);
    }

    /** The node of the assessment a claim points at, or null. */
    Node assessment(Model.AssessmentRef r) {
        return assessmentNodes.get(key(r.blockIndex(), r.assessmentIndex()));
    }

    private void mapBlock(Model.ProvenanceBlock b) {
        StringBuilder subjects = new StringBuilder();
        for (Model.Assessment a : b.assessments()) subjects.append(a.subject()).append('\u001f');
        Node n = g.mint("block", outline.sectionPathAt(b.firstLine()), nz(b.title()), subjects.toString());
        blockNodes.put(b.index(), n);
        g.add(n, TYPE, CG.ProvenanceBlock);
        outline.located(n, b.firstLine(), b.lastLine());
        g.add(n, CG.blockForm, str(b.form().name().toLowerCase().replace('_', '-')));
        g.addIf(n, CG.title, str(b.title()));
        boolean attached = b.annotatesFirstLine() > 0;
        g.add(n, CG.attached, bool(attached));
        if (attached) {
            g.add(n, CG.annotatesFirstLine, integer(b.annotatesFirstLine()));
            g.add(n, CG.annotatesLastLine, integer(b.annotatesLastLine()));
        }
        g.addIf(n, MODIFIED, date(b.updated()));
        for (String p : b.problems()) g.add(n, CG.problem, str(p));
        for (Model.Field f : b.fields()) g.field(n, f);
        for (Model.Assessment a : b.assessments()) mapAssessment(b, n, a);
    }

    private void mapAssessment(Model.ProvenanceBlock b, Node blockNode, Model.Assessment a) {
        Node n = g.mintUnder("assessment", blockNode, nz(a.subject()));
        assessmentNodes.put(key(b.index(), a.index()), n);
        g.add(blockNode, CG.hasAssessment, n);
        g.typedInNote(n, CG.Assessment);
        g.add(n, CG.firstLine, integer(a.firstLine()));
        g.add(n, CG.lastLine, integer(a.lastLine()));
        g.addIf(n, CG.subject, zh(a.subject()));
        for (Model.StatusAssertion s : a.statuses()) mapStatus(n, s);
        Model.Checks checks = a.checks();
        for (String phrase : checks.sourceTypes()) {
            if (phrase == null || phrase.isBlank()) continue;
            g.add(n, CG.sourceTypePhrase, str(phrase.strip()));
            g.add(n, CG.sourceType, Concepts.sourceType(phrase));
        }
        for (String m : checks.methods()) g.addIf(n, CG.verificationMethodText, str(m));
        for (Model.UrlMention u : checks.methodUrls()) g.url(n, CG.verificationMethod, u.url());
        Model.AssessmentContext ctx = a.context();
        if (ctx.testEnvironment() != null && !ctx.testEnvironment().isBlank()) mapEnvironment(n, ctx.testEnvironment());
        g.addIf(n, CG.remark, str(ctx.remark()));
        g.addIf(n, CG.basis, str(ctx.basis()));
        g.addIf(n, MODIFIED, date(ctx.updated()));
        for (Model.VersionMention v : ctx.versions()) g.add(n, CG.aboutVersion, g.version(v));
        for (Model.Field f : ctx.otherFields()) g.field(n, f);
    }

    private void mapStatus(Node assessment, Model.StatusAssertion s) {
        Node sn = g.mintUnder("status", assessment, s.status().notation(), nz(s.phrase()));
        g.add(assessment, CG.hasStatusAssertion, sn);
        g.typedInNote(sn, CG.StatusAssertion);
        g.add(sn, CG.status, Concepts.status(s.status()));
        g.addIf(sn, CG.statusPhrase, str(s.phrase()));
        g.addIf(sn, CG.qualifier, str(s.qualifier()));
        if (s.inProse()) g.add(sn, CG.statusInProse, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        g.add(sn, CG.line, integer(s.line()));
    }

    private void mapEnvironment(Node assessment, String testEnvironment) {
        Node env = NodeFactory.createURI(Iris.environmentIri(testEnvironment));
        g.add(assessment, CG.testEnvironment, env);
        g.add(env, TYPE, CG.TestEnvironment);
        g.add(env, LABEL, str(testEnvironment.strip()));
    }

    private static long key(int block, int assessment) {
        return ((long) block << 32) | (assessment & 0xffffffffL);
    }
}
