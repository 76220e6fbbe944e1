package org.claimgraph.rdf;

import static org.claimgraph.rdf.Literals.bool;
import static org.claimgraph.rdf.Literals.decimal;
import static org.claimgraph.rdf.Literals.integer;
import static org.claimgraph.rdf.Literals.str;
import static org.claimgraph.rdf.Literals.zh;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.extract.Model;

/**
 * For {@link NoteMapper}: the structures a note states in diagrams and inline syntax (graph edges,
 * mind maps, tuples, timeline events, scenario-matrix cells), its line references, the lines
 * nothing could parse and its stated coverage. Writes into the mapper's graph with its IRI minting.
 */
final class StructureMapper {
    private static final Node TYPE = RDF.type.asNode();
    private final NoteMapper mapper;

    StructureMapper(NoteMapper mapper) {
        this.mapper = mapper;
    }

    void mapEdge(Model.GraphEdge e) {
        Node code = mapper.codeNodes.get(e.codeBlockIndex());
        Node n = mapper.mintUnder(
                "edge", code, NoteMapper.nz(e.from()), NoteMapper.nz(e.to()), NoteMapper.nz(e.label()));
        mapper.add(n, TYPE, CG.GraphEdge);
        mapper.add(n, CG.inNote, mapper.noteNode);
        if (code != null) mapper.add(n, CG.inCodeBlock, code);
        mapper.add(n, CG.edgeFrom, str(NoteMapper.nz(e.from())));
        mapper.add(n, CG.edgeTo, str(NoteMapper.nz(e.to())));
        mapper.addIf(n, CG.edgeLabel, str(e.label()));
        mapper.add(n, CG.line, integer(e.line()));
    }

    void mapMindmap() {
        Map<Integer, Model.MindmapNode> byIndex = new HashMap<>();
        for (Model.MindmapNode m : mapper.note.mindmapNodes()) byIndex.put(m.index(), m);
        Map<Integer, Node> nodes = new HashMap<>();
        for (Model.MindmapNode m : mapper.note.mindmapNodes()) {
            // Structural position = the labels from the root down to this node.
            List<String> path = new ArrayList<>();
            Set<Integer> seen = new LinkedHashSet<>();
            for (Model.MindmapNode p = m; p != null && seen.add(p.index()); p = byIndex.get(p.parent())) {
                path.add(0, NoteMapper.nz(p.label()));
            }
            Node code = mapper.codeNodes.get(m.codeBlockIndex());
            Node n = mapper.mintUnder("mindmap", code, String.join("\u001f", path));
            nodes.put(m.index(), n);
            mapper.add(n, TYPE, CG.MindmapNode);
            mapper.add(n, CG.inNote, mapper.noteNode);
            if (code != null) mapper.add(n, CG.inCodeBlock, code);
            mapper.add(n, CG.label, str(NoteMapper.nz(m.label())));
            mapper.add(n, CG.depth, integer(m.depth()));
            mapper.add(n, CG.line, integer(m.line()));
        }
        for (Model.MindmapNode m : mapper.note.mindmapNodes()) {
            Node parent = nodes.get(m.parent());
            if (m.parent() >= 0 && parent != null) mapper.add(nodes.get(m.index()), CG.parentNode, parent);
        }
    }

    void mapTuple(Model.TupleStatement t) {
        Node n = mapper.mint(
                "tuple", NoteMapper.nz(t.subject()), NoteMapper.nz(t.predicate()), NoteMapper.nz(t.object()));
        mapper.add(n, TYPE, CG.TupleStatement);
        mapper.add(n, CG.inNote, mapper.noteNode);
        mapper.add(n, CG.tupleSubject, str(NoteMapper.nz(t.subject())));
        mapper.add(n, CG.tuplePredicate, str(NoteMapper.nz(t.predicate())));
        mapper.add(n, CG.tupleObject, str(NoteMapper.nz(t.object())));
        mapper.add(n, CG.line, integer(t.line()));
    }

    void mapTimeline(Model.TimelineEvent e) {
        Node n = mapper.mint("event", Integer.toString(e.year()), NoteMapper.nz(e.event()));
        mapper.add(n, TYPE, CG.TimelineEvent);
        mapper.add(n, CG.inNote, mapper.noteNode);
        mapper.add(n, CG.year, integer(e.year()));
        mapper.addIf(n, CG.text, zh(e.event()));
        mapper.add(n, CG.line, integer(e.line()));
    }

    void mapMatrixCell(Model.MatrixCell c) {
        Node table = mapper.tableNodes.get(c.tableIndex());
        Node n = mapper.mintUnder("cell", table, NoteMapper.nz(c.dimension()), NoteMapper.nz(c.scenario()));
        mapper.add(n, TYPE, CG.MatrixCell);
        mapper.add(n, CG.inNote, mapper.noteNode);
        if (table != null) mapper.add(n, CG.inTable, table);
        mapper.add(n, CG.dimension, str(NoteMapper.nz(c.dimension())));
        mapper.add(n, CG.scenario, str(NoteMapper.nz(c.scenario())));
        mapper.addIf(n, CG.text, zh(c.text()));
        for (String t : c.tools()) mapper.add(n, CG.aboutTool, mapper.tool(t));
        mapper.add(n, CG.line, integer(c.line()));
    }

    void mapLineReference(Model.LineReference r) {
        Node n = mapper.mint("lineref", NoteMapper.nz(r.raw()), NoteMapper.nz(r.quoted()));
        mapper.add(mapper.noteNode, CG.hasLineReference, n);
        mapper.add(n, TYPE, CG.LineReference);
        mapper.add(n, CG.inNote, mapper.noteNode);
        mapper.add(n, CG.fromLine, integer(r.fromLine()));
        mapper.add(n, CG.targetFirstLine, integer(r.targetFirst()));
        mapper.add(n, CG.targetLastLine, integer(r.targetLast()));
        mapper.addIf(n, CG.quotedFigure, str(r.quoted()));
        mapper.addIf(n, CG.sourceText, str(r.raw()));
        mapper.add(n, CG.resolved, bool(r.resolved()));
        if (r.actualLine() > 0) mapper.add(n, CG.actualLine, integer(r.actualLine()));
        mapper.addIf(n, CG.targetKind, str(r.targetKind()));
    }

    void mapUnparsed(Model.UnparsedLine u) {
        Node n = mapper.mint("unparsed", NoteMapper.nz(u.text()));
        mapper.add(mapper.noteNode, CG.hasUnparsedLine, n);
        mapper.add(n, TYPE, CG.UnparsedLine);
        mapper.add(n, CG.inNote, mapper.noteNode);
        mapper.add(n, CG.line, integer(u.line()));
        mapper.addIf(n, CG.unparsedReason, str(u.reason()));
        mapper.addIf(n, CG.sourceText, str(u.text()));
    }

    /** The note's stated coverage ("N 处标注"), on the claim that states it or on a claim of its own. */
    void mapCoverage() {
        Model.CoverageClaim cov = mapper.note.coverage();
        if (cov == null) return;
        Node n = null;
        for (Model.Claim c : mapper.note.claims()) {
            if (c.kind() == org.claimgraph.extract.ClaimKind.COVERAGE
                    && c.firstLine() <= cov.line()
                    && cov.line() <= c.lastLine()) {
                n = mapper.claimNodes.get(c.index());
                break;
            }
        }
        if (n == null) {
            n = mapper.mint("coverage");
            mapper.add(n, TYPE, CG.Claim);
            mapper.located(n, cov.line(), cov.line());
            mapper.addIf(n, CG.text, zh(cov.text()));
        }
        mapper.add(n, TYPE, CG.CoverageClaim);
        if (cov.percent() != null) mapper.add(n, CG.statedPercent, decimal(cov.percent()));
        if (cov.annotated() != null) mapper.add(n, CG.statedCount, integer(cov.annotated()));
        mapper.addIf(n, CG.statedTotal, str(cov.totalText()));
        mapper.add(n, CG.actualCount, integer(mapper.note.blocks().size()));
    }
}
