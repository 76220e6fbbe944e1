package org.claimgraph.matrix;

import static org.junit.jupiter.api.Assertions.*;

import org.claimgraph.matrix.Dimensions.Kind;
import org.junit.jupiter.api.Test;

class DimensionsTest {
    static String slug(Kind k, String label) {
        return Dimensions.lookup(k, label).map(Dimensions.Member::slug).orElse(null);
    }

    @Test
    void labelsFromTables() {
        assertEquals("quota", slug(Kind.ELEMENT, "e₃ 配额"));
        assertEquals("runtime-transform", slug(Kind.ELEMENT, "**e₄ 运行时变换**"));
        assertEquals("ai-parameter", slug(Kind.ELEMENT, "Θ"));
        assertEquals("scale", slug(Kind.ELEMENT, "S"));
        assertEquals("production", slug(Kind.SCENARIO, "生产"));
        assertEquals("edge-iot", slug(Kind.SCENARIO, "边缘/IoT"));
        assertEquals("kubernetes", slug(Kind.LAYER, "K8s"));
        assertEquals("kubernetes", slug(Kind.LAYER, "A⁽²⁾ = K8s 层"));
        assertEquals("static", slug(Kind.PHASE, "静"));
        assertEquals("unphased", slug(Kind.PHASE, null));
        assertNull(slug(Kind.ELEMENT, "unknown thing"));
        assertEquals(12, Dimensions.members(Kind.ELEMENT).size());
        assertEquals(6, Dimensions.members(Kind.SCENARIO).size());
    }
}
