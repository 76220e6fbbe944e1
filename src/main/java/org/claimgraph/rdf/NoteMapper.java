package org.claimgraph.rdf;

import static org.claimgraph.rdf.Literals.str;
import static org.claimgraph.rdf.NoteGraph.TYPE;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.claimgraph.extract.Model;

/**
 * Maps one extracted note ({@link Model.Note}) to the RDF graph of that note, working on
 * {@link Graph}/{@link Node} only. The graph depends on nothing but the note: same note → same
 * IRIs and the same triples; no other note's graph is involved.
 *
 * <p>IRIs of items inside the note hash the note path, the item kind, its structural context
 * (section heading path, owning block …) and its label; a per-key ordinal separates genuine
 * duplicates. Inserting a line above an item therefore does not change its IRI.
 *
 * <p>One mapper per part of the note, in this order (later ones look up the nodes of earlier ones):
 * the note itself (here), {@link OutlineMapper} (sections, tables, code blocks),
 * {@link ProvenanceMapper} (blocks, assessments, statuses), {@link ClaimMapper} (claims,
 * measurements, links to provenance), {@link StructureMapper} (coverage, diagrams, tuples, timeline,
 * matrix cells, line references, unparsed lines), {@link MaturityMapper} (Data Cube observations);
 * all write through one {@link NoteGraph}.
 */
public final class NoteMapper {
    private static final Node TITLE = DCTerms.title.asNode();

    private NoteMapper() {}

    /** The graph of one note: a fresh in-memory graph holding only that note's triples. */
    public static Graph map(Model.Note note) {
        Graph g = GraphFactory.createDefaultGraph();
        map(note, g);
        return g;
    }

    /** Adds the triples of one note to {@code out}. */
    public static void map(Model.Note note, Graph out) {
        map(note, out, true);
    }

    /** {@link #map(Model.Note, Graph)}; with {@code scopes} false every ordinal key is kept to the end (for a test). */
    static void map(Model.Note note, Graph out, boolean scopes) {
        NoteGraph g = new NoteGraph(note, out, scopes);
        mapNote(g);
        OutlineMapper outline = new OutlineMapper(g);
        outline.map();
        ProvenanceMapper provenance = new ProvenanceMapper(g, outline);
        provenance.map(); // before the claims, which point at their assessments
        ClaimMapper claims = new ClaimMapper(g, outline, provenance);
        claims.map();
        new StructureMapper(g, outline, claims).map();
        MaturityMapper.map(note, g.noteNode.getURI(), out);
    }

    private static void mapNote(NoteGraph g) {
        Model.Note note = g.note;
        Node n = g.noteNode;
        g.add(n, TYPE, CG.Note);
        g.add(n, CG.sourcePath, str(note.path()));
        g.addIf(n, TITLE, str(note.title()));
        g.addIf(n, CG.documentDate, g.date(note.documentDate()));
        g.add(n, CG.lineCount, g.integer(note.lineCount()));
        for (Model.Field f : note.frontmatter()) g.field(n, f);
    }
}
