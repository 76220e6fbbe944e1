package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link ToolCatalog#mentions} knows each name's tool and spellings beforehand instead of copying and
 * lower-casing the text of every name it finds: it finds what the former scan found.
 */
class ToolCatalogTest {
    /** Every name by its lower-cased first char, longest first (ties in catalog order), and by lower case. */
    private static final Map<Character, List<String>> BY_FIRST = new HashMap<>();

    private static final Map<String, String> BY_ALIAS = new HashMap<>();

    static {
        List<String> all = new ArrayList<>();
        for (String c : ToolCatalog.canonicalNames()) {
            List<String> names = new ArrayList<>(List.of(c));
            names.addAll(ToolCatalog.aliases(c));
            for (String n : names) {
                BY_ALIAS.put(n.toLowerCase(Locale.ROOT), c);
                all.add(n);
            }
        }
        all.sort((a, b) -> b.length() - a.length());
        for (String n : all)
            BY_FIRST.computeIfAbsent(Character.toLowerCase(n.charAt(0)), k -> new ArrayList<>())
                    .add(n);
    }

    /** The former scan: the name's text cut out, lower-cased and looked up at every name found. */
    private static List<ToolCatalog.Mention> former(String text) {
        List<ToolCatalog.Mention> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char f = text.charAt(i);
            List<String> names = f < 128 ? BY_FIRST.get(Character.toLowerCase(f)) : null;
            String w = names == null || (i > 0 && wordBefore(text.charAt(i - 1))) ? null : nameAt(text, i, names);
            if (w == null) {
                i++;
                continue;
            }
            int end = i + w.length();
            String c = BY_ALIAS.get(w.toLowerCase(Locale.ROOT));
            boolean spelled = false;
            for (String n : spellings(c)) spelled |= n.equals(w);
            if (c != null && (w.length() > 4 || spelled)) out.add(new ToolCatalog.Mention(c, i, end));
            i = end;
        }
        return out;
    }

    private static List<String> spellings(String canonical) {
        List<String> names = new ArrayList<>(List.of(canonical));
        names.addAll(ToolCatalog.aliases(canonical));
        return names;
    }

    private static String nameAt(String text, int i, List<String> names) {
        for (String n : names) {
            int end = i + n.length();
            if (end > text.length() || (end < text.length() && wordAfter(text.charAt(end)))) continue;
            boolean same = true;
            for (int k = 0; same && k < n.length(); k++) same = lower(text.charAt(i + k)) == lower(n.charAt(k));
            if (same) return text.substring(i, end);
        }
        return null;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean wordAfter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static boolean wordBefore(char c) {
        return wordAfter(c) || c == '.' || c == '-';
    }

    @Test
    void findsWhatTheFormerScanFound() throws IOException {
        List<String> cases = List.of(
                "K8s → K3s → WasmEdge → K8s，kind of，pg 与 PG，Docker Desktop 与 docker desktop",
                "kube-proxy 与 K3sx，K3d 集群，OPA-Wasm 与 opa-wasm，Argo CD / ArgoCD / argocd",
                "GitHub Actions actions ACTIONS Compose compose Fleet fleet Rook-Ceph rook");
        List<String> atoms = new ArrayList<>(List.of(
                " ", "-", ".", "_", "x", "1", "中", "，", "/", "(", ")", "\n", "Docker ", "OPA ", "k", "K", "\u212A",
                "ſ"));
        for (int k = 0; k < 60; k++) atoms.add(k % 2 == 0 ? " " : "，"); // most names between separators
        for (String c : ToolCatalog.canonicalNames())
            for (String n : spellings(c)) {
                atoms.add(n);
                atoms.add(n.toLowerCase(Locale.ROOT));
                atoms.add(n.toUpperCase(Locale.ROOT));
            }
        int found = 0, refused = 0;
        for (String text : ScanCorpus.texts(cases, atoms.toArray(String[]::new), 10)) {
            List<ToolCatalog.Mention> want = former(text);
            List<ToolCatalog.Mention> got = ToolCatalog.mentions(text);
            assertEquals(want, got, text);
            Set<String> canonicals = new LinkedHashSet<>();
            for (ToolCatalog.Mention m : want) canonicals.add(m.canonical());
            assertEquals(List.copyOf(canonicals), ToolCatalog.canonicals(got), text);
            if (!want.isEmpty()) found++;
            if (want.size() < countNamesAtWordStarts(text)) refused++;
        }
        assertTrue(found > 5000 && refused > 500, found + " texts with a mention, " + refused + " with a refused name");
    }

    /** How many names the scan stops at (counted or not). */
    private static int countNamesAtWordStarts(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            char f = text.charAt(i);
            List<String> names = f < 128 ? BY_FIRST.get(Character.toLowerCase(f)) : null;
            String w = names == null || (i > 0 && wordBefore(text.charAt(i - 1))) ? null : nameAt(text, i, names);
            if (w == null) i++;
            else {
                count++;
                i += w.length();
            }
        }
        return count;
    }
}
