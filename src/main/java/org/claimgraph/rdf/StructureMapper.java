package org.claimgraph.rdf;

import static org.claimgraph.rdf.Literals.bool;
import static org.claimgraph.rdf.Literals.decimal;
import static org.claimgraph.rdf.Literals.str;
import static org.claimgraph.rdf.Literals.zh;
import static org.claimgraph.rdf.NoteGraph.TYPE;
import static org.claimgraph.rdf.NoteGraph.nz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.claimgraph.extract.Model;

/**
 * For {@link NoteMapper}: the structures a note states in diagrams and inline syntax (graph edges,
 * mind maps, tuples, timeline events, scenario-matrix cells), its line references, the lines
 * nothing could parse, its stated coverage, the URLs and wikilinks it mentions. Writes through
 * {@link NoteGraph}; places items with {@link OutlineMapper}.
 */
final class StructureMapper {
    private final NoteGraph g;
    private final OutlineMapper outline;
    private final ClaimMapper claims;

    StructureMapper(NoteGraph g, OutlineMapper outline, ClaimMapper claims) {
        this.g = g;
        this.outline = outline;
        this.claims = claims;
    }

    /** Everything this mapper writes, in the order that keeps the item IRIs' ordinals stable. */
    void map() {
        mapCoverage();
        g.note.graphEdges().forEach(this::mapEdge);
        mapMindmap();
        g.note.tuples().forEach(this::mapTuple);
        g.note.timeline().forEach(this::mapTimeline);
        g.note.scenarioMatrix().forEach(this::mapMatrixCell);
        g.note.urls().forEach(u -> g.url(g.noteNode, CG.mentionsUrl, u.url()));
        g.note.lineReferences().forEach(this::mapLineReference);
        g.note.wikilinks().forEach(w -> g.add(g.noteNode, CG.linksTo, str(w.target())));
        g.note.unparsed().forEach(this::mapUnparsed);
    }

    /**
     * A new item under its container (a code block or table, null when the note has none there): minted
     * from the container and the key, typed, placed in the note and in the container.
     */
    private Node item(String kind, Node type, Node container, Node inContainer, String... key) {
        Node n = g.mintUnder(kind, container, key);
        g.typedInNote(n, type);
        if (container != null) g.add(n, inContainer, container);
        return n;
    }

    private void mapEdge(Model.GraphEdge e) {
        Node code = outline.codeBlock(e.codeBlockIndex());
        Node n = item("edge", CG.GraphEdge, code, CG.inCodeBlock, nz(e.from()), nz(e.to()), nz(e.label()));
        g.add(n, CG.edgeFrom, str(nz(e.from())));
        g.add(n, CG.edgeTo, str(nz(e.to())));
        g.addIf(n, CG.edgeLabel, str(e.label()));
        g.add(n, CG.line, g.integer(e.line()));
    }

    private void mapMindmap() {
        Map<Integer, Model.MindmapNode> byIndex = new HashMap<>();
        for (Model.MindmapNode m : g.note.mindmapNodes()) byIndex.put(m.index(), m);
        Map<Integer, Node> nodes = new HashMap<>();
        for (Model.MindmapNode m : g.note.mindmapNodes()) {
            // Structural position = the labels from the root down to this node.
            List<String> path = new ArrayList<>();
            Set<Integer> seen = new LinkedHashSet<>();
            for (Model.MindmapNode p = m; p != null && seen.add(p.index()); p = byIndex.get(p.parent())) {
                path.add(0, nz(p.label()));
            }
            Node code = outline.codeBlock(m.codeBlockIndex());
            Node n = item("mindmap", CG.MindmapNode, code, CG.inCodeBlock, String.join("\u001f", path));
            nodes.put(m.index(), n);
            g.add(n, CG.label, str(nz(m.label())));
            g.add(n, CG.depth, g.integer(m.depth()));
            g.add(n, CG.line, g.integer(m.line()));
        }
        for (Model.MindmapNode m : g.note.mindmapNodes()) {
            Node parent = nodes.get(m.parent());
            if (m.parent() >= 0 && parent != null) g.add(nodes.get(m.index()), CG.parentNode, parent);
        }
    }

    private void mapTuple(Model.TupleStatement t) {
        Node n = g.mint("tuple", nz(t.subject()), nz(t.predicate()), nz(t.object()));
        g.typedInNote(n, CG.TupleStatement);
        g.add(n, CG.tupleSubject, str(nz(t.subject())));
        g.add(n, CG.tuplePredicate, str(nz(t.predicate())));
        g.add(n, CG.tupleObject, str(nz(t.object())));
        g.add(n, CG.line, g.integer(t.line()));
    }

    private void mapTimeline(Model.TimelineEvent e) {
        Node n = g.mint("event", Integer.toString(e.year()), nz(e.event()));
        g.typedInNote(n, CG.TimelineEvent);
        g.add(n, CG.year, g.integer(e.year()));
        g.addIf(n, CG.text, zh(e.event()));
        g.add(n, CG.line, g.integer(e.line()));
    }

    private void mapMatrixCell(Model.MatrixCell c) {
        Node table = outline.table(c.tableIndex());
        Node n = item("cell", CG.MatrixCell, table, CG.inTable, nz(c.dimension()), nz(c.scenario()));
        g.add(n, CG.dimension, str(nz(c.dimension())));
        g.add(n, CG.scenario, str(nz(c.scenario())));
        g.addIf(n, CG.text, zh(c.text()));
        for (String t : c.tools()) g.add(n, CG.aboutTool, g.tool(t));
        g.add(n, CG.line, g.integer(c.line()));
    }

    private void mapLineReference(Model.LineReference r) {
        Node n = g.mint("lineref", nz(r.raw()), nz(r.quoted()));
        g.add(g.noteNode, CG.hasLineReference, n);
        g.typedInNote(n, CG.LineReference);
        g.add(n, CG.fromLine, g.integer(r.fromLine()));
        g.add(n, CG.targetFirstLine, g.integer(r.targetFirst()));
        g.add(n, CG.targetLastLine, g.integer(r.targetLast()));
        g.addIf(n, CG.quotedFigure, str(r.quoted()));
        g.addIf(n, CG.sourceText, str(r.raw()));
        g.add(n, CG.resolved, bool(r.resolved()));
        if (r.actualLine() > 0) g.add(n, CG.actualLine, g.integer(r.actualLine()));
        g.addIf(n, CG.targetKind, str(r.targetKind()));
    }

    private void mapUnparsed(Model.UnparsedLine u) {
        Node n = g.mint("unparsed", nz(u.text()));
        g.add(g.noteNode, CG.hasUnparsedLine, n);
        g.typedInNote(n, CG.UnparsedLine);
        g.add(n, CG.line, g.integer(u.line()));
        g.addIf(n, CG.unparsedReason, str(u.reason()));
        g.addIf(n, CG.sourceText, str(u.text()));
    }

    /** The note's stated coverage ("N 处标注"), on the claim that states it or on a claim of its own. */
    private void mapCoverage() {
        Model.CoverageClaim cov = g.note.coverage();
        if (cov == null) return;
        Node n = null;
        for (Model.Claim c : g.note.claims()) {
            if (c.kind() == org.claimgraph.extract.ClaimKind.COVERAGE
                    && c.firstLine() <= cov.line()
                    && cov.line() <= c.lastLine()) {
                n = claims.claim(c.index());
                break;
            }
        }
        if (n == null) {
            n = g.mint("coverage");
            g.add(n, TYPE, CG.Claim);
            outline.located(n, cov.line(), cov.line());
            g.addIf(n, CG.text, zh(cov.text()));
        }
        g.add(n, TYPE, CG.CoverageClaim);
        if (cov.percent() != null) g.add(n, CG.statedPercent, decimal(cov.percent()));
        if (cov.annotated() != null) g.add(n, CG.statedCount, g.integer(cov.annotated()));
        g.addIf(n, CG.statedTotal, str(cov.totalText()));
        g.add(n, CG.actualCount, g.integer(g.note.blocks().size()));
    }
}
