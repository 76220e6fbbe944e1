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
import org.apache.jena.datatypes.TypeMapper;
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
        String[][] forms = {
            {"01", XSDDatatype.XSDinteger.getURI()},
            {"6.0", XSDDatatype.XSDdecimal.getURI()},
            {"1", XSDDatatype.XSDboolean.getURI()},
            {"2026-12-04T10:00:00.000Z", XSDDatatype.XSDdateTime.getURI()},
            {"+7", XSDDatatype.XSDint.getURI()}
        };
        for (int i = 0; i < forms.length; i++)
            g.add(Triple.create(
                    s,
                    NodeFactory.createURI("urn:p" + i),
                    NodeFactory.createLiteralDT(
                            forms[i][0], TypeMapper.getInstance().getSafeTypeByName(forms[i][1]))));
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

    @Test
    void everyExampleNoteReadsBackEqualFromTheInMemoryStore() throws Exception {
        List<Path> notes = new ArrayList<>();
        try (var files = Files.list(Path.of("examples"))) {
            files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(notes::add);
        }
        assertFalse(notes.isEmpty(), "no example notes found in examples/");
        for (Path p : notes) {
            Graph mapped = NoteMapper.map(NoteExtractor.extract(p.getFileName().toString(), Files.readString(p)));
            DatasetGraph dsg = Stores.inMemory().asDatasetGraph();
            assertEquals(Set.copyOf(mapped.find().toList()), writeAndReadBack(dsg, mapped), p.toString());
        }
    }
}
