package org.claimgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VaultNamesTest {
    private static final String FORBIDDEN = "*\"\\/<>:|?#^[]";

    @Test
    void sanitizeKeepsChineseAndDropsEveryForbiddenCharacter() {
        assertEquals("部署笔记 K8s-K3s", VaultNames.sanitize("部署笔记: K8s/K3s"));
        assertEquals("OPA-Gatekeeper", VaultNames.sanitize("OPA/Gatekeeper"));
        assertEquals("a-b-c d e f g h i j k", VaultNames.sanitize("a\\b|c*d\"e<f>g?h#i^j[k]"));
        assertEquals("untitled", VaultNames.sanitize(" ... "));
        assertEquals("CON_", VaultNames.sanitize("CON"));
        assertEquals("x y", VaultNames.sanitize("x\u0000\ty\n"));
        String longName = VaultNames.sanitize("很".repeat(200));
        assertEquals(60, longName.codePointCount(0, longName.length()));
    }

    @Test
    void differentThingsNeverShareAFileName() {
        PropertyGraph.Builder b = PropertyGraph.builder();
        b.node("tool/kubernetes", NodeKind.TOOL, "Kubernetes", Map.of());
        b.node("tool/kubernetes-2", NodeKind.TOOL, "kubernetes", Map.of()); // differs only in case
        b.node("tool/a-b", NodeKind.TOOL, "A/B", Map.of());
        b.node("tool/a:b", NodeKind.TOOL, "A\\B", Map.of()); // both sanitise to A-B
        b.node("tool/k3s", NodeKind.TOOL, "K3s", Map.of());
        b.node("claim/1", NodeKind.CLAIM, "K3s", Map.of("text", "K3s")); // same words as a tool
        b.node("claim/2", NodeKind.CLAIM, "K3s", Map.of("text", "K3s")); // and as another claim
        b.node("note/x", NodeKind.NOTE, "状态 无法验证", Map.of()); // same as a status index note
        VaultNames names = VaultNames.of(b.build());
        List<String> ids = List.of(
                "tool/kubernetes",
                "tool/kubernetes-2",
                "tool/a-b",
                "tool/a:b",
                "tool/k3s",
                "claim/1",
                "claim/2",
                "note/x",
                "status/unverifiable",
                "index/home",
                "index/tools");
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            String base = names.base(id);
            assertTrue(seen.add(base.toLowerCase(Locale.ROOT)), "collision on " + base);
            for (char c : FORBIDDEN.toCharArray()) {
                assertFalse(base.indexOf(c) >= 0, base + " contains " + c);
            }
        }
        assertEquals("K3s", names.base("tool/k3s"), "a tool keeps its plain name when only claims share it");
        assertNotEquals(names.base("claim/1"), names.base("claim/2"));
        assertTrue(names.base("tool/kubernetes").startsWith("Kubernetes "), "case-only clash: both get a hash");
        assertEquals("Tools/K3s.md", names.path("tool/k3s"));
        assertEquals(names.base("claim/1"), VaultNames.of(b.build()).base("claim/1"), "stable across runs");
    }

    @Test
    void headingsAreLinkable() {
        assertEquals("性能 对比 实测", VaultNames.heading("性能 #对比 [实测]"));
        assertEquals("1. 架构：总览", VaultNames.heading("1. 架构：总览"));
        assertEquals("a b c", VaultNames.heading("a|b^c"));
    }
}
