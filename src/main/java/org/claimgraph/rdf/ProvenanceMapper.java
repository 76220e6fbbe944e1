package org.claimgraph.rdf;

import static org.claimgraph.rdf.Literals.bool;
import static org.claimgraph.rdf.Literals.str;
import static org.claimgraph.rdf.Literals.zh;
import static org.claimgraph.rdf.NoteGraph.LABEL;
import static org.claimgraph.rdf.NoteGraph.TYPE;
import static org.claimgraph.rdf.NoteGraph.nz;

import java.util.ArrayList;
import java.util.List;
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
    /** Block nodes by block index, and per block its assessment nodes by assessment index (lists, no boxed keys). */
    private final List<Node> blockNodes = new ArrayList<>();

    private final List<List<Node>> assessmentNodes = new ArrayList<>();

    ProvenanceMapper(NoteGraph g, OutlineMapper outline) {
        this.g = g;
        this.outline = outline;
    }

    /** Every block of the note in document order, each with its assessments, in a scope of its own (no other mints under them). */
    void map() {
        for (Model.ProvenanceBlock b : g.note.blocks()) {
            g.openScope();
            mapBlock(b);
            g.closeScope();
        }
    }

    /** The node of the block with this index, or null. */
    Node block(int index) {
        return at(blockNodes, index);
    }

    /** The node of the assessment a claim points at, or null. */
    Node assessment(Model.AssessmentRef r) {
        List<Node> ofBlock = at(assessmentNodes, r.blockIndex());
        return ofBlock == null ? null : at(ofBlock, r.assessmentIndex());
    }

    private void mapBlock(Model.ProvenanceBlock b) {
        StringBuilder subjects = new StringBuilder();
        for (Model.Assessment a : b.assessments()) subjects.append(a.subject()).append('\u001f');
        Node n = g.mint("block", outline.sectionPathAt(b.firstLine()), nz(b.title()), subjects.toString());
        put(blockNodes, b.index(), n);
        g.add(n, TYPE, CG.ProvenanceBlock);
        outline.located(n, b.firstLine(), b.lastLine());
        g.add(n, CG.blockForm, str(b.form().name().toLowerCase().replace('_', '-')));
        g.addIf(n, CG.title, str(b.title()));
        boolean attached = b.annotatesFirstLine() > 0;
        g.add(n, CG.attached, bool(attached));
        if (attached) {
            g.add(n, CG.annotatesFirstLine, g.integer(b.annotatesFirstLine()));
            g.add(n, CG.annotatesLastLine, g.integer(b.annotatesLastLine()));
        }
        g.addIf(n, MODIFIED, g.date(b.updated()));
        for (String p : b.problems()) g.add(n, CG.problem, str(p));
        for (Model.Field f : b.fields()) g.field(n, f);
        for (Model.Assessment a : b.assessments()) mapAssessment(b, n, a);
    }

    private void mapAssessment(Model.ProvenanceBlock b, Node blockNode, Model.Assessment a) {
        Node n = g.mintUnder("assessment", blockNode, nz(a.subject()));
        List<Node> ofBlock = at(assessmentNodes, b.index());
        if (ofBlock == null) put(assessmentNodes, b.index(), ofBlock = new ArrayList<>());
        put(ofBlock, a.index(), n);
        g.add(blockNode, CG.hasAssessment, n);
        g.typedInNote(n, CG.Assessment);
        g.add(n, CG.firstLine, g.integer(a.firstLine()));
        g.add(n, CG.lastLine, g.integer(a.lastLine()));
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
        g.addIf(n, MODIFIED, g.date(ctx.updated()));
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
        if (s.inProse()) g.add(sn, CG.statusInProse, bool(true));
        g.add(sn, CG.line, g.integer(s.line()));
    }

    private void mapEnvironment(Node assessment, String testEnvironment) {
        Node env = NodeFactory.createURI(Iris.environmentIri(testEnvironment));
        g.add(assessment, CG.testEnvironment, env);
        g.add(env, TYPE, CG.TestEnvironment);
        g.add(env, LABEL, str(testEnvironment.strip()));
    }

    private static <T> T at(List<T> list, int index) {
        return index >= 0 && index < list.size() ? list.get(index) : null;
    }

    private static <T> void put(List<T> list, int index, T value) {
        while (list.size() <= index) list.add(null);
        list.set(index, value);
    }
}
