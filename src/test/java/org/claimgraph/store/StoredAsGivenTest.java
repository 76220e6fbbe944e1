package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.claimgraph.extract.NoteExtractor;
import org.claimgraph.rdf.NoteMapper;
import org.claimgraph.testing.Needs;
import org.junit.jupiter.api.Test;

/**
 * The premise of {@link NoteTransaction#storedAsGiven}: where it says yes, a graph written through
 * {@link GraphDelta} reads back equal, term for term, to the graph written, so the write path may hand
 * the written graph to the steps instead of reading it back; where a store changes lexical forms
 * (TDB2), it says no.
 */
class StoredAsGivenTest {
    private static final Node G = NodeFactory.createURI("urn:note");

    /** Literals in non-canonical lexical forms: the kind TDB2 stores by value. */
    private static Graph oddLiterals() {
        Graph g = GraphFactory.createDefaultGraph();
        Node s = NodeFactory.createURI("urn:s");
        g.add(s, NodeFactory.createURI("urn:p0"), NodeFactory.createLiteralDT("01", XSDDatatype.XSDinteger));
        g.add(s, NodeFactory.createURI("urn:p1"), NodeFactory.createLiteralDT("6.0", XSDDatatype.XSDdecimal));
        g.add(s, NodeFactory.createURI("urn:p2"), NodeFactory.createLiteralDT("1", XSDDatatype.XSDboolean));
        g.add(
                s,
                NodeFactory.createURI("urn:p3"),
                NodeFactory.createLiteralDT("2026-12-04T10:00:00.000Z", XSDDatatype.XSDdateTime));
        g.add(s, NodeFactory.createURI("urn:p4"), NodeFactory.createLiteralDT("+7", XSDDatatype.XSDint));
        return g;
    }

    private static Set<Triple> writeAndReadBack(DatasetGraph dsg, Graph written) {
        Txn.executeWrite(dsg, () -> GraphDelta.replace(dsg, G, GraphFactory.createDefaultGraph(), written));
        return Txn.calculateRead(dsg, () -> Set.copyOf(dsg.getGraph(G).find().toList()));
    }

    @Test
    void theInMemoryStoreReadsBackWhatWasWrittenAndSaysSo() {
        DatasetGraph dsg = Stores.inMemory().asDatasetGraph();
        assertTrue(NoteTransaction.storedAsGiven(dsg));
        Graph odd = oddLiterals();
        assertEquals(Set.copyOf(odd.find().toList()), writeAndReadBack(dsg, odd));
    }

    @Test
    void tdb2ChangesLexicalFormsAndSaysSo() {
        DatasetGraph dsg =
                Stores.scratchLike(TDB2Factory.createDataset().asDatasetGraph()).asDatasetGraph();
        assertFalse(NoteTransaction.storedAsGiven(dsg));
        Graph odd = oddLiterals();
        assertNotEquals(Set.copyOf(odd.find().toList()), writeAndReadBack(dsg, odd));
    }

    /** Our example notes and the user's seed note (read from {@code ../shared/seeds}, not written here). */
    @Test
    void everyExampleNoteAndTheSeedNoteReadBackEqualFromTheInMemoryStore() throws Exception {
        List<Path> notes = new ArrayList<>();
        try (var files = Files.list(Path.of("examples"))) {
            files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(notes::add);
        }
        assertFalse(notes.isEmpty(), "no example notes found in examples/");
        notes.add(Needs.seeds().resolve(Needs.SEED));
        for (Path p : notes) {
            Graph mapped = NoteMapper.map(NoteExtractor.extract(p.getFileName().toString(), Files.readString(p)));
            DatasetGraph dsg = Stores.inMemory().asDatasetGraph();
            assertEquals(Set.copyOf(mapped.find().toList()), writeAndReadBack(dsg, mapped), p.toString());
        }
    }
}
