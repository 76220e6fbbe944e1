package org.claimgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cytoscape.js JSON: {@code {"elements": {"nodes": [{"data": {...}}], "edges": [...]}}} — the shape
 * {@code cy.json()} and {@code cytoscape({elements})} take and Cytoscape desktop imports as
 * "Cytoscape.js JSON". Node data holds {@code id}, every attribute and a {@code color} by status
 * (claims) or kind; edge data holds {@code id}, {@code source}, {@code target}, {@code type},
 * {@code label}.
 */
public final class CytoscapeWriter {
    private CytoscapeWriter() {}

    public static void write(PropertyGraph g, OutputStream out) throws IOException {
        List<Object> nodes = new ArrayList<>();
        for (PropertyGraph.Node n : g.nodes()) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", n.id());
            n.attributes().forEach(data::put);
            data.put("color", Styles.color(n));
            data.put("degree", g.degree(n.id()));
            nodes.add(Map.of("data", data));
        }
        List<Object> edges = new ArrayList<>();
        for (PropertyGraph.Edge e : g.edges()) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", e.id());
            data.put("source", e.source());
            data.put("target", e.target());
            data.put("type", e.type().name());
            data.put("label", e.type().label());
            edges.add(Map.of("data", data));
        }
        Map<String, Object> elements = new LinkedHashMap<>();
        elements.put("nodes", nodes);
        elements.put("edges", edges);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format_version", "1.0");
        root.put("generated_by", "claimgraph");
        root.put("target_cytoscapejs_version", "~3");
        root.put("elements", elements);
        out.write(Json.print(root).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
