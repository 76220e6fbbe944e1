package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.claimgraph.extract.NoteExtractor;
import org.claimgraph.rdf.NoteMapper;
import org.claimgraph.testing.LargeNotes;
import org.junit.jupiter.api.Test;

/**
 * A note's validation reads the graph in proportion to the note, not to its square: the triples the shapes
 * and the coverage and multiplier checks read over one note made of the examples repeated, and over one four
 * times as long, grow about four times (counted, not timed). Before {@code cga:enclosedBy} the enclosure rules read every item of the note per
 * focus node, ≈ 16 times as much for four times the note, and the multiplier check read the note's line
 * references once per multiplier. {@code conflicting-figures} is left out: it
 * compares every figure of a tool and metric with every other, so over a note that repeats itself its answer
 * (pairs of figures) grows with the square of the repeats.
 */
class NoteValidationScalingTest {
    @Test
    void triplesReadGrowWithTheNoteNotItsSquare() {
        List<String> examples = LargeNotes.examples();
        long small = triplesRead(LargeNotes.of(examples, 60_000));
        long large = triplesRead(LargeNotes.of(examples, 240_000));
        double ratio = (double) large / small;
        assertTrue(small > 10_000, "too few reads to compare: " + small);
        assertTrue(ratio < 6, "4× the note read " + ratio + "× the triples (" + small + " → " + large + ")");
    }

    private static long triplesRead(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        NoteMapper.map(NoteExtractor.extract("big.md", text), g);
        AtomicLong reads = new AtomicLong();
        Graph data = new Counting(DataGraph.of(g, LocalDate.of(2026, 12, 4)), reads);
        Shapes shapes = ShapesLoader.defaultShapes();
        ValidationContext vCxt = ValidationContext.create(shapes, data);
        for (Shape shape : shapes.getTargetShapes()) {
            if (shape.getShapeNode().isURI() && shape.getShapeNode().getURI().endsWith("#conflicting-figures"))
                continue;
            for (Node focus : VLib.focusNodes(data, shape)) VLib.validateShape(vCxt, data, shape, focus);
        }
        CoverageCheck.run(data);
        MultiplierCheck.run(data);
        return reads.get();
    }

    /** Counts the triples every find hands out. */
    private static final class Counting extends GraphWrapper {
        private final AtomicLong reads;

        Counting(Graph g, AtomicLong reads) {
            super(g);
            this.reads = reads;
        }

        @Override
        public ExtendedIterator<Triple> find(Triple m) {
            return super.find(m).mapWith(t -> {
                reads.incrementAndGet();
                return t;
            });
        }

        @Override
        public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
            return super.find(s, p, o).mapWith(t -> {
                reads.incrementAndGet();
                return t;
            });
        }
    }
}
