package org.claimgraph.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.graph.GraphFactory;

/** Triples as N-Triples text (one sorted line per triple, so the same set gives the same text) and back. */
final class TripleText {
    private TripleText() {}

    static String write(Collection<Triple> triples) {
        List<String> lines = new ArrayList<>(triples.size());
        for (Triple t : triples) lines.add(line(t));
        lines.sort(null);
        StringBuilder b = new StringBuilder();
        for (String l : lines) b.append(l).append('\n');
        return b.toString();
    }

    static String line(Triple t) {
        return NodeFmtLib.strNT(t.getSubject()) + ' ' + NodeFmtLib.strNT(t.getPredicate()) + ' '
                + NodeFmtLib.strNT(t.getObject()) + " .";
    }

    static Graph read(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.NTRIPLES).parse(g);
        return g;
    }
}
