package org.claimgraph.export;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic layout for the whole-graph formats (GEXF {@code viz:position}, yEd geometry):
 * one ring per node kind around the origin — statuses innermost, then tools, versions, notes,
 * sections and claims outermost — each ring's nodes evenly spaced in id order. Graph tools
 * usually re-layout (ForceAtlas 2 in Gephi, Organic in yEd); this start keeps kinds apart and is
 * never "everything at (0,0)".
 */
final class Layout {
    private static final NodeKind[] RING_ORDER = {
        NodeKind.STATUS, NodeKind.TOOL, NodeKind.VERSION, NodeKind.NOTE, NodeKind.SECTION, NodeKind.CLAIM
    };

    private Layout() {}

    record Point(double x, double y) {}

    static Map<String, Point> rings(PropertyGraph g) {
        Map<NodeKind, List<PropertyGraph.Node>> byKind = new EnumMap<>(NodeKind.class);
        for (NodeKind k : NodeKind.values()) {
            byKind.put(k, g.nodes(k));
        }
        Map<String, Point> out = new LinkedHashMap<>();
        double radius = 0;
        for (NodeKind k : RING_ORDER) {
            List<PropertyGraph.Node> ring = byKind.get(k);
            if (ring.isEmpty()) {
                continue;
            }
            // keep neighbours at least ~60 units apart on the ring and rings 150 units apart
            radius = Math.max(radius + 150, ring.size() * 60 / (2 * Math.PI));
            for (int i = 0; i < ring.size(); i++) {
                double angle = 2 * Math.PI * i / ring.size();
                out.put(ring.get(i).id(), new Point(round(radius * Math.cos(angle)), round(radius * Math.sin(angle))));
            }
        }
        return out;
    }

    static double round(double v) {
        double r = Math.round(v * 10.0) / 10.0;
        return r == 0 ? 0.0 : r; // no "-0.0"
    }
}
