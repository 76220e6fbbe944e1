package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link VersionParser#find} tries its regex only where a version can start: it finds what the regex found. */
class VersionParserTest {

    /** The former reading: the regex tried after every tool mention, duplicates dropped by a set of keys. */
    private static List<Model.VersionMention> former(String text, int line) {
        List<Model.VersionMention> out = new ArrayList<>();
        List<ToolCatalog.Mention> tools = ToolCatalog.mentions(text);
        if (tools.isEmpty()) return out;
        Set<String> seen = new LinkedHashSet<>();
        Matcher v = AFTER.matcher(text);
        for (ToolCatalog.Mention m : tools) {
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
            int after = v.end();
            if (c.equals("=") && after < text.length() && text.charAt(after) == '+') c = ">=";
            if (seen.add(m.canonical() + "@" + version))
                out.add(new Model.VersionMention(m.canonical(), version, c, line));
        }
        return out;
    }

    /** The regex of {@link VersionParser} (a copy, so that a change to either shows here). */
    private static final Pattern AFTER = Pattern.compile(
            "^[ \\u00A0]*(≥|>=|≤|<=|>|<|=|~)?[ \\u00A0]*[vV]?(\\d+(?:\\.\\d+)+(?:\\.x)?(?:\\+[0-9A-Za-z.]+|-[0-9A-Za-z.]+)?)(?![\\d.])"
                    + "(?![ \\u00A0]*(?:(?:ms|µs|us|s|KB|MB|GB|TB|KiB|MiB|GiB|QPS|rps|x|pods?|nodes?)(?![A-Za-z])|%|×|倍|毫秒|秒|节点|个))");

    @Test
    void findsWhatTheRegexFoundAfterEveryMention() throws IOException {
        List<String> cases = List.of(
                "Kubernetes 1.30，K3s v1.30.4+k3s1，crun ≥ 1.8.5，WasmEdge 0.14.x，K8s 1.30 又一次",
                "K3s 1.30+ 与 K3s 1.30 与 k3s 1.30",
                "Docker\u00A0>=\u00A0V24.0.7 Docker ~ 1.2.3-rc.1 Docker = 2.0",
                "K3s 0.5 GB，Docker 1.2 s，WasmEdge 2.1 ms，crun 8.7 倍，K8s 99.9%",
                "Helm                                        1.2.3");
        String[] atoms = {
            "Kubernetes",
            "K8s",
            "K3s",
            "k3s",
            "Docker",
            "crun",
            "WasmEdge",
            "Helm",
            "PG",
            "pg",
            "OPA",
            " ",
            "  ",
            "\u00A0",
            "\t",
            "≥",
            ">=",
            "≤",
            "<=",
            ">",
            "<",
            "=",
            "~",
            "v",
            "V",
            "1",
            "30",
            ".",
            ".x",
            "+",
            "-",
            "rc",
            "k3s1",
            "ms",
            "s",
            "GB",
            "%",
            "×",
            "倍",
            "节点",
            "个",
            "pods",
            "nodes",
            "中",
            "，",
            "a",
            "\n",
            "x",
            "0",
            " 1.30",
            " 2.1.0",
            "1.2.3",
            " v0.4",
            "K3s 1.2",
            "Docker ≥ 24.0",
            "Helm 3.1.x",
            "K8s 1.30+"
        };
        List<String> texts = ScanCorpus.texts(cases, atoms, 16);
        int found = 0, skipped = 0;
        for (String text : texts) {
            List<Model.VersionMention> want = former(text, 5);
            assertEquals(want, VersionParser.find(text, 5), text);
            if (!want.isEmpty()) found++;
            for (ToolCatalog.Mention m : ToolCatalog.mentions(text)) {
                int to = Math.min(text.length(), m.end() + 40);
                if (!VersionParser.digitAfterPrefix(text, m.end(), to)) {
                    skipped++;
                    assertTrue(!AFTER.matcher(text).region(m.end(), to).find(), text);
                }
            }
        }
        assertTrue(found > 1000, "texts with a version: " + found);
        assertTrue(skipped > 1000, "mentions skipped without the regex: " + skipped);
    }
}
