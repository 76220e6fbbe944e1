package org.claimgraph.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the generator wrote, counted while writing. Keys are stable names used in
 * {@code expected-counts.json}; the ones shared with {@code stats.rq} have the same names
 * (notes, sections, provenanceBlocks, statusAssertions, urls, lineReferences, tools, versions).
 * {@code tools} counts the vocabulary's tools whose name occurs in the text; {@code versions}
 * the distinct tool + version pairs written in version sections.
 */
public final class ExpectedCounts {
    public static final String NOTES = "notes";
    public static final String LINES = "lines";
    public static final String SECTIONS = "sections";
    public static final String PROVENANCE_BLOCKS = "provenanceBlocks";
    public static final String STATUS_ASSERTIONS = "statusAssertions";
    /** Prefix of per-status counts, followed by the status notation, e.g. {@code status.pending}. */
    public static final String STATUS_PREFIX = "status.";
    /** Prefix of per-form block counts, e.g. {@code blockForm.code-fence}. */
    public static final String FORM_PREFIX = "blockForm.";

    public static final String STATUS_WITHOUT_EMOJI = "statusPhrasesWithoutEmoji";
    public static final String STATUS_WITHOUT_VS16 = "statusPhrasesWithoutVariationSelector";
    public static final String HALF_WIDTH_COLONS = "statusFieldsWithHalfWidthColon";
    public static final String DECOY_EMOJI = "nonStatusEmoji";
    public static final String VERIFIED_BUT_NEEDS_CHECK = "verifiedButRemarkSaysNeedsCheck";
    public static final String URL_OCCURRENCES = "urlOccurrences";
    /** Distinct URLs per note, summed over notes (= number of cg:mentionsUrl triples). */
    public static final String URLS_PER_NOTE = "urlsPerNote";
    /** Distinct URLs in the whole corpus (= {@code urls} of stats.rq). */
    public static final String URLS = "urls";

    public static final String UPDATE_DATES = "updateDates";
    public static final String UPDATE_DATES_AFTER_NOTE_DATE = "updateDatesAfterNoteDate";
    public static final String LINE_REFERENCES = "lineReferences";
    public static final String LINE_REFERENCES_RESOLVED = "lineReferencesResolved";
    public static final String LINE_REFERENCES_DRIFTED = "lineReferencesDrifted";
    public static final String TABLES = "tables";
    public static final String TABLE_BODY_ROWS = "tableBodyRows";
    public static final String PERFORMANCE_TABLES = "performanceTables";
    public static final String MATURITY_TABLES = "maturityTables";
    public static final String MATURITY_OBSERVATIONS = "maturityObservations";
    public static final String MATURITY_MISSING_CELLS = "maturityMissingCells";
    public static final String MULTIPLIERS = "multiplierClaims";
    public static final String MULTIPLIER_MISMATCHES = "multiplierMismatches";
    public static final String CODE_BLOCKS = "codeBlocks";
    public static final String GRAPH_EDGES = "mermaidGraphEdges";
    public static final String MINDMAP_NODES = "mindmapNodes";
    public static final String TIMELINE_EVENTS = "timelineEvents";
    public static final String TUPLES = "tuples";
    public static final String COVERAGE_CLAIMS = "coverageClaims";
    public static final String FRONTMATTER_NOTES = "notesWithFrontmatter";
    public static final String WIKILINKS = "wikilinks";
    public static final String BUSINESS_CASES = "businessCases";
    public static final String TOOLS = "tools";
    public static final String VERSIONS = "versions";

    private final Map<String, Long> counts = new TreeMap<>();
    private final Set<String> corpusUrls = new TreeSet<>();
    private final Set<String> tools = new TreeSet<>();
    private final Set<String> versions = new TreeSet<>();

    void inc(String key) {
        add(key, 1);
    }

    void add(String key, long n) {
        counts.merge(key, n, Long::sum);
    }

    void url(String url) {
        corpusUrls.add(url);
    }

    void tool(String canonical) {
        tools.add(canonical);
    }

    void version(String canonical, String version) {
        versions.add(canonical + " " + version);
    }

    /** The count under {@code key}, 0 when nothing was counted. */
    public long get(String key) {
        if (key.equals(URLS)) return corpusUrls.size();
        if (key.equals(TOOLS)) return tools.size();
        if (key.equals(VERSIONS)) return versions.size();
        return counts.getOrDefault(key, 0L);
    }

    /** Every count, keys sorted, including the distinct-set sizes. */
    public Map<String, Long> asMap() {
        Map<String, Long> all = new TreeMap<>(counts);
        all.put(URLS, (long) corpusUrls.size());
        all.put(TOOLS, (long) tools.size());
        all.put(VERSIONS, (long) versions.size());
        for (String s : CorpusGenerator.STATUS_NOTATIONS) all.putIfAbsent(STATUS_PREFIX + s, 0L);
        return all;
    }

    /** The canonical tool names written, sorted. */
    public Set<String> toolNames() {
        return Set.copyOf(tools);
    }

    /** Pretty JSON with sorted keys: one {@code "key": number} per line, plus the tool list. */
    public String toJson(long seed) {
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("  \"generator\": \"claimgraph gen-corpus\",\n");
        sb.append("  \"seed\": ").append(seed).append(",\n");
        sb.append("  \"toolNames\": [");
        boolean first = true;
        for (String t : tools) {
            sb.append(first ? "" : ", ").append('"').append(t).append('"');
            first = false;
        }
        sb.append("],\n  \"counts\": {\n");
        first = true;
        for (Map.Entry<String, Long> e : asMap().entrySet()) {
            sb.append(first ? "" : ",\n")
                    .append("    \"")
                    .append(e.getKey())
                    .append("\": ")
                    .append(e.getValue());
            first = false;
        }
        return sb.append("\n  }\n}\n").toString();
    }

    void write(Path file, long seed) throws IOException {
        Files.writeString(file, toJson(seed), StandardCharsets.UTF_8);
    }
}
