package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds "tool at version" mentions: {@code Kubernetes 1.30}, {@code K3s v1.30.4+k3s1},
 * {@code crun ≥ 1.8.5}, {@code WasmEdge 0.14.x}. The tool must be in {@link ToolCatalog}; the version
 * needs at least one dot so that "K8s 1 GB" is not a version, and must not be followed by a unit, so
 * that a figure such as "ArgoCD 22.3 ms" or "K3s 0.5 GB" stays a measurement.
 */
final class VersionParser {
    private VersionParser() {}

    private static final Pattern AFTER = Pattern.compile(
            "^[ \\u00A0]*(≥|>=|≤|<=|>|<|=|~)?[ \\u00A0]*[vV]?(\\d+(?:\\.\\d+)+(?:\\.x)?(?:\\+[0-9A-Za-z.]+|-[0-9A-Za-z.]+)?)(?![\\d.])"
                    + "(?![ \\u00A0]*(?:(?:ms|µs|us|s|KB|MB|GB|TB|KiB|MiB|GiB|QPS|rps|x|pods?|nodes?)(?![A-Za-z])|%|×|倍|毫秒|秒|节点|个))");

    static List<Model.VersionMention> find(String text, int line) {
        return find(text, ToolCatalog.mentions(text), line);
    }

    /** As {@link #find(String, int)}, given the tool mentions of {@code text} ({@link ToolCatalog#mentions}). */
    static List<Model.VersionMention> find(String text, List<ToolCatalog.Mention> tools, int line) {
        List<Model.VersionMention> out = new ArrayList<>();
        if (text == null || tools.isEmpty()) return out; // most texts name no tool: no matcher, no set
        Set<String> seen = new LinkedHashSet<>();
        Matcher v = AFTER.matcher(text);
        for (ToolCatalog.Mention m : tools) {
            // the 40 chars after the name, as a region (its bounds opaque: as if cut out of the text)
            v.region(m.end(), Math.min(text.length(), m.end() + 40));
            if (!v.find()) continue;
            String version = v.group(2);
            String c = v.group(1) == null
                    ? "="
                    : switch (v.group(1)) {
                        case "≥", ">=" -> ">=";
                        case "≤", "<=" -> "<=";
                        default -> v.group(1);
                    };
            // "K3s 1.30" in "K3s 1.30+" means at least
            int after = v.end();
            if (c.equals("=") && after < text.length() && text.charAt(after) == '+') c = ">=";
            if (seen.add(m.canonical() + "@" + version))
                out.add(new Model.VersionMention(m.canonical(), version, c, line));
        }
        return out;
    }
}
