package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
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
        if (text == null || tools.isEmpty()) return List.of(); // most texts name no tool: no list, no matcher
        List<Model.VersionMention> out = new ArrayList<>();
        Matcher v = null; // made at the first name a version may follow: most names have none
        for (ToolCatalog.Mention m : tools) {
            // the 40 chars after the name, as a region (its bounds opaque: as if cut out of the text)
            int to = Math.min(text.length(), m.end() + 40);
            if (!digitAfterPrefix(text, m.end(), to)) continue;
            if (v == null) v = AFTER.matcher(text);
            v.region(m.end(), to);
            if (!v.lookingAt()) continue; // AFTER starts with ^: it can match only at the region's start
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
            if (!has(out, m.canonical(), version)) out.add(new Model.VersionMention(m.canonical(), version, c, line));
        }
        return out;
    }

    /**
     * Whether a digit comes in {@code [from, to)} after a run of the chars that {@link #AFTER} allows before its
     * version's first digit (spaces, no-break spaces, the constraint signs, {@code v V}): {@link #AFTER} matches
     * at {@code from} only then, so the regex is tried only then (most tool names are followed by words).
     */
    static boolean digitAfterPrefix(String text, int from, int to) {
        int i = from;
        while (i < to && " \u00A0≥>=≤<~vV".indexOf(text.charAt(i)) >= 0) i++;
        return i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    /** Whether {@code out} has tool {@code tool} at {@code version} (a note names a few per text: a list scan). */
    private static boolean has(List<Model.VersionMention> out, String tool, String version) {
        for (Model.VersionMention vm : out)
            if (vm.tool().equals(tool) && vm.version().equals(version)) return true;
        return false;
    }
}
