package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tools claimgraph recognises, each with its canonical name and aliases
 * ("K8s" = "Kubernetes", "runwasi" = "containerd-shim-runwasi"). Matching is case-insensitive and
 * respects word boundaries, so "K3s" never matches inside "K3sx" and "K3d" is not "K3s".
 */
public final class ToolCatalog {
    private ToolCatalog() {}

    private static final Map<String, List<String>> TOOLS = new LinkedHashMap<>();

    static {
        // canonical name first, then aliases. Longer aliases are tried before shorter ones.
        add("Kubernetes", "K8s", "k8s");
        add("K3s", "k3s");
        add("K3d");
        add("Kind", "kind");
        add("MicroK8s");
        add("KubeEdge");
        add("Docker", "Docker Engine", "dockerd");
        add("Docker Desktop");
        add("Docker Compose", "Compose", "docker-compose");
        add("Docker Scout");
        add("containerd");
        add("containerd-shim-runwasi", "runwasi");
        add("runc");
        add("crun");
        add("WasmEdge", "wasmedge");
        add("OPA", "Open Policy Agent", "OPA-Wasm", "opa");
        add("Gatekeeper", "OPA Gatekeeper");
        add("Kyverno");
        add("cosign", "Cosign");
        add("Sigstore");
        add("BuildKit", "buildx");
        add("KEDA");
        add("wasm-to-oci");
        add("Kwok");
        add("Helm");
        add("Capsule");
        add("Flux", "flux2", "FluxCD");
        add("Argo CD", "ArgoCD");
        add("Velero");
        add("Prometheus", "kube-prometheus-stack", "kube-prometheus");
        add("Trivy");
        add("Rancher Fleet", "Fleet");
        add("OpenFaaS");
        add("Knative");
        add("etcd");
        add("sqlite", "SQLite");
        add("flannel");
        add("traefik", "Traefik");
        add("Cilium");
        add("Envoy");
        add("Longhorn");
        add("Rook-Ceph", "Rook");
        add("Cluster-API", "CAPI");
        add("HNC");
        add("Tilt");
        add("Thanos");
        add("Grafana");
        add("OpenTelemetry", "OTEL", "otel");
        add("Volcano");
        add("OCI", "OCI Artifact");
        // tools of our example notes
        add("PostgreSQL", "Postgres", "PG");
        add("Patroni");
        add("PgBouncer");
        add("pgBackRest");
        add("Jenkins");
        add("GitHub Actions", "Actions");
        add("Tekton");
        add("Kaniko");
    }

    private static void add(String canonical, String... aliases) {
        List<String> names = new ArrayList<>();
        names.add(canonical);
        names.addAll(List.of(aliases));
        TOOLS.put(canonical, names);
    }

    /**
     * A name or alias as {@link #mentions} tries it: its canonical tool, the spellings of that tool (a name of
     * four chars or fewer counts only when written as one of them), and the length of its first word ({@link
     * #wordRun}: "Argo" of "Argo CD", all of "K3s").
     */
    private record Name(String text, String canonical, List<String> spellings, int head) {
        Name(String text, String canonical, List<String> spellings) {
            this(text, canonical, spellings, wordRun(text, 0));
        }

        /** Whether the name, found at {@code i} of {@code text}, counts as a mention. */
        boolean counts(String text, int i) {
            if (this.text.length() > 4) return true;
            // short lower-case aliases only count when written as such (avoid "kind of", "pg" in words)
            for (String n : spellings) if (n.length() == this.text.length() && text.startsWith(n, i)) return true;
            return false;
        }
    }

    /**
     * Every name and alias by its first character in ASCII lower case, longest first (ties in
     * catalog order): the order in which {@link #mentions} tries them at a word start.
     */
    private static final Map<Character, List<Name>> BY_FIRST = new HashMap<>();

    @SuppressWarnings("unchecked")
    private static final List<Name>[] BY_FIRST_ASCII = new List[128];

    private static final Map<String, String> BY_ALIAS = new LinkedHashMap<>();

    /** Whether a name starts with a non-ASCII char: none does today, so other chars need no look-up. */
    private static final boolean NON_ASCII_FIRST;

    static {
        List<String> all = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : TOOLS.entrySet()) {
            for (String n : e.getValue()) {
                BY_ALIAS.put(n.toLowerCase(java.util.Locale.ROOT), e.getKey());
                all.add(n);
            }
        }
        all.sort((a, b) -> b.length() - a.length());
        for (String n : all) {
            // the canonical tool of a name's lower case (the last tool with it, as BY_ALIAS keeps it)
            String c = BY_ALIAS.get(n.toLowerCase(java.util.Locale.ROOT));
            BY_FIRST.computeIfAbsent(lower(n.charAt(0)), k -> new ArrayList<>()).add(new Name(n, c, TOOLS.get(c)));
        }
        boolean nonAscii = false;
        for (Map.Entry<Character, List<Name>> e : BY_FIRST.entrySet()) {
            if (e.getKey() < BY_FIRST_ASCII.length) BY_FIRST_ASCII[e.getKey()] = e.getValue();
            else nonAscii = true;
        }
        NON_ASCII_FIRST = nonAscii;
    }

    /** Canonical names of all tools, in catalog order. */
    public static List<String> canonicalNames() {
        return List.copyOf(TOOLS.keySet());
    }

    /** Aliases of a canonical tool (not including the canonical name), or empty. */
    public static List<String> aliases(String canonical) {
        List<String> names = TOOLS.get(canonical);
        return names == null ? List.of() : List.copyOf(names.subList(1, names.size()));
    }

    /** The canonical name for a name or alias, or null when unknown. */
    public static String canonical(String name) {
        return name == null ? null : BY_ALIAS.get(name.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** Canonical names of the tools mentioned in {@code text}, in order of first mention. */
    public static List<String> find(String text) {
        return canonicals(mentions(text));
    }

    /** Canonical names of the tools of {@code mentions}, in order of first mention. */
    static List<String> canonicals(List<Mention> mentions) {
        // most texts name no tool or one: no set for them
        if (mentions.isEmpty()) return List.of();
        if (mentions.size() == 1) return List.of(mentions.get(0).canonical());
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : mentions) out.add(m.canonical());
        return List.copyOf(out);
    }

    /** A tool name found in text: its tool, and where its text starts and ends. */
    record Mention(String canonical, int start, int end) {}

    /**
     * Scans {@code text} once: at each word start (the previous character is not a letter, digit,
     * {@code _ . -}), the longest name that matches case-insensitively (ASCII) and ends at a word end
     * (the next character is not a letter, digit or {@code _}) is a mention; the scan goes on after it.
     * What a regex alternation of all names between those two look-arounds found, without trying
     * every name at every character.
     */
    static List<Mention> mentions(String text) {
        List<Mention> out = null; // made at the first mention: most texts name no tool
        if (text == null) return List.of();
        int i = 0;
        while (i < text.length()) {
            List<Name> names = namesStartingWith(text.charAt(i));
            if (names == null || (i > 0 && wordBefore(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int run = wordRun(text, i);
            Name n = nameAt(text, i, run, names);
            if (n == null) {
                // no name starts inside this word either (each of its chars follows a word char)
                i += Math.max(1, run);
                continue;
            }
            int end = i + n.text().length();
            if (n.counts(text, i)) {
                if (out == null) out = new ArrayList<>();
                out.add(new Mention(n.canonical(), i, end));
            }
            i = end;
        }
        return out == null ? List.of() : out;
    }

    /** Names whose first char is {@code c} (ASCII case-insensitive), longest first; null when none. */
    private static List<Name> namesStartingWith(char c) {
        char l = lower(c);
        // a table for ASCII: boxing every char of every text for the map was a large note's hot spot (and
        // most chars of a Chinese note are not ASCII, while every name of the catalog starts with ASCII)
        if (l < BY_FIRST_ASCII.length) return BY_FIRST_ASCII[l];
        return NON_ASCII_FIRST ? BY_FIRST.get(l) : null;
    }

    /**
     * The first name in {@code names} written at {@code i} (ASCII case-insensitive) and ending at a word end, or
     * null; {@code run} is the length of the text's word at {@code i}.
     */
    private static Name nameAt(String text, int i, int run, List<Name> names) {
        for (Name name : names) {
            // a name written at i has its first word end where the text's word at i ends
            if (name.head() != run) continue;
            String n = name.text();
            int end = i + n.length();
            if (end > text.length() || (end < text.length() && wordAfter(text.charAt(end)))) continue;
            boolean same = true;
            for (int k = 0; same && k < n.length(); k++) same = lower(text.charAt(i + k)) == lower(n.charAt(k));
            if (same) return name;
        }
        return null;
    }

    /** The number of letters, digits and {@code _} from {@code i} on: the length of the word there. */
    private static int wordRun(String s, int i) {
        int e = i;
        while (e < s.length() && wordAfter(s.charAt(e))) e++;
        return e - i;
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
}
