package org.claimgraph.rdf;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.extract.Model;
import org.claimgraph.matrix.Dimensions;
import org.claimgraph.matrix.Dimensions.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps a note's numeric maturity tables ({@link Model.Note#maturity()}) to RDF Data Cube
 * observations of {@code ontology/matrix.ttl}.
 *
 * <pre>
 * &lt;note/H/maturity/T&gt;  a cgm:MaturityDataSet, qb:DataSet ; qb:structure cgm:MaturityStructure ;
 *                       cg:inNote &lt;note/H&gt; ; cgm:tableIndex T ; cg:firstLine … ; cg:lastLine … .
 * &lt;note/H/maturity/T/layer.element.scenario.phase&gt;
 *                       a cgm:MaturityObservation, qb:Observation ; qb:dataSet &lt;…/T&gt; ;
 *                       cgm:layer cgid:layer/kubernetes ; cgm:element cgid:element/quota ;
 *                       cgm:scenario cgid:scenario/production ; cgm:phase cgid:phase/static ;
 *                       cgm:maturity 1.0 ; cg:inNote &lt;note/H&gt; ; cg:line 1840 .
 * </pre>
 * Labels are resolved with {@link Dimensions#lookup}; a label it does not know becomes a concept
 * of its own (slug of the label, {@code skos:prefLabel} the label as written) so nothing is lost.
 * A value that is not a number in [0,1] is not mapped and is logged with note and line.
 */
public final class MaturityMapper {
    private static final Logger LOG = LoggerFactory.getLogger(MaturityMapper.class);

    private MaturityMapper() {}

    /** The four dimension members (slugs) of one observation. */
    private record Cell(String layer, String element, String scenario, String phase) {
        String key() {
            return layer + "." + element + "." + scenario + "." + phase;
        }
    }

    /**
     * Adds the Data Cube observations of {@code note.maturity()} to {@code out}: a data set per table, an
     * observation per cell; a value out of range or a second value for one cell is logged, not mapped.
     */
    public static void map(Model.Note note, String noteIri, Graph out) {
        if (note.maturity() == null || note.maturity().isEmpty()) return;
        Node noteNode = NodeFactory.createURI(noteIri);
        Set<Integer> datasets = new HashSet<>();
        Map<String, Double> seen = new HashMap<>();
        SectionsAround around = new SectionsAround(note.sections());
        // per table and per label, computed once: a maturity table repeats a few labels in every cell
        Map<Integer, Boolean> phasedTables = new HashMap<>();
        Map<TableLabel, String> layers = new HashMap<>();
        Map<MemberKey, Member> members = new HashMap<>();
        for (Model.MaturityObservation o : note.maturity()) {
            if (!Double.isFinite(o.value()) || o.value() < 0 || o.value() > 1) {
                LOG.warn(
                        "{}:{}: maturity value {} is not a number in [0,1]; not mapped",
                        note.path(),
                        o.line(),
                        o.value());
                continue;
            }
            String dsIri = noteIri + "/maturity/" + o.tableIndex();
            Node ds = NodeFactory.createURI(dsIri);
            if (datasets.add(o.tableIndex())) dataset(note, o.tableIndex(), ds, noteNode, out);
            Model.Table table = table(note, o.tableIndex());
            String layer = layers.computeIfAbsent(
                    new TableLabel(o.tableIndex(), o.layer()), k -> layerLabel(around, table, k.label()));
            boolean phased = phasedTables.computeIfAbsent(o.tableIndex(), i -> phased(table));
            Cell cell = new Cell(
                    member(members, Kind.LAYER, layer, out),
                    member(members, Kind.ELEMENT, o.element(), out),
                    member(members, Kind.SCENARIO, o.scenario(), out),
                    member(members, Kind.PHASE, phased ? o.phase() : null, out));
            String key = cell.key();
            Double before = seen.putIfAbsent(o.tableIndex() + "/" + key, o.value());
            if (before != null) {
                if (before != o.value())
                    LOG.warn(
                            "{}:{}: second maturity value {} for {} in table {} (first: {}); not mapped",
                            note.path(),
                            o.line(),
                            o.value(),
                            key,
                            o.tableIndex(),
                            before);
                continue;
            }
            observation(NodeFactory.createURI(dsIri + "/" + key), ds, noteNode, cell, o, out);
        }
    }

    /** The data set of one maturity table, with the table's lines when the note has the table. */
    private static void dataset(Model.Note note, int tableIndex, Node ds, Node noteNode, Graph out) {
        out.add(ds, RDF.type.asNode(), CGM.MaturityDataSet);
        out.add(ds, RDF.type.asNode(), CGM.qbDataSet);
        out.add(ds, CGM.qbStructure, CGM.MaturityStructure);
        out.add(ds, CG.inNote, noteNode);
        out.add(ds, CGM.tableIndex, integer(tableIndex));
        if (note.tables() != null
                && tableIndex >= 0
                && tableIndex < note.tables().size()) {
            Model.Table t = note.tables().get(tableIndex);
            out.add(ds, CG.firstLine, integer(t.firstLine()));
            out.add(ds, CG.lastLine, integer(t.lastLine()));
        }
    }

    private static void observation(
            Node obs, Node ds, Node noteNode, Cell cell, Model.MaturityObservation o, Graph out) {
        out.add(obs, RDF.type.asNode(), CGM.MaturityObservation);
        out.add(obs, RDF.type.asNode(), CGM.qbObservation);
        out.add(obs, CGM.qbDataSetProp, ds);
        out.add(obs, CGM.layer, CGM.member(Kind.LAYER, cell.layer()));
        out.add(obs, CGM.element, CGM.member(Kind.ELEMENT, cell.element()));
        out.add(obs, CGM.scenario, CGM.member(Kind.SCENARIO, cell.scenario()));
        out.add(obs, CGM.phase, CGM.member(Kind.PHASE, cell.phase()));
        out.add(
                obs,
                CGM.maturity,
                NodeFactory.createLiteralDT(BigDecimal.valueOf(o.value()).toPlainString(), XSDDatatype.XSDdecimal));
        out.add(obs, CG.inNote, noteNode);
        out.add(obs, CG.line, integer(o.line()));
    }

    private static final Pattern PHASE_HEADER = Pattern.compile(".*(静|动|静态|动态|static|dynamic)\\s*$");
    private static final Pattern NAMED_LAYER = Pattern.compile("[=＝]\\s*([^\\s=＝（）()]+)\\s*层");
    private static final Pattern LAYER_INDEX = Pattern.compile("A⁽([⁰¹²³⁴⁵⁶⁷⁸⁹]+)⁾");

    private static Model.Table table(Model.Note note, int index) {
        if (note.tables() == null || index < 0 || index >= note.tables().size()) return null;
        Model.Table t = note.tables().get(index);
        return t.index() == index
                ? t
                : note.tables().stream()
                        .filter(x -> x.index() == index)
                        .findFirst()
                        .orElse(null);
    }

    /**
     * A table whose header names no phase (no "本地-静" / "生产-动" columns) gives one value per cell
     * without saying static or dynamic: its observations are {@code unphased}, whatever default
     * phase the extractor filled in. Without the table we trust the observation.
     */
    static boolean phased(Model.Table table) {
        if (table == null) return true;
        return table.header().stream()
                .skip(1)
                .anyMatch(h -> PHASE_HEADER.matcher(h.replace("*", "").strip()).matches());
    }

    /**
     * The layer label of an observation; when the extractor could not tell ("unknown"), the
     * headings of the sections around the table are read: "A⁽²⁾ = K8s 层" gives K8s, a bare
     * "A⁽³⁾" the third layer.
     */
    static String layerLabel(Model.Note note, Model.Table table, String label) {
        return layerLabel(new SectionsAround(note.sections()), table, label);
    }

    private static String layerLabel(SectionsAround sections, Model.Table table, String label) {
        if (Dimensions.lookup(Kind.LAYER, label).isPresent() || table == null) return label;
        List<Model.Section> around = sections.containing(table.firstLine());
        around.sort(Comparator.comparingInt(Model.Section::level).reversed());
        for (Model.Section s : around) {
            Matcher m = NAMED_LAYER.matcher(s.heading());
            while (m.find()) if (Dimensions.lookup(Kind.LAYER, m.group(1)).isPresent()) return m.group(1);
            Matcher i = LAYER_INDEX.matcher(s.heading());
            if (i.find()) {
                int order =
                        Integer.parseInt(java.text.Normalizer.normalize(i.group(1), java.text.Normalizer.Form.NFKC));
                for (Dimensions.Member mem : Dimensions.members(Kind.LAYER))
                    if (mem.order() == order) return mem.slug();
            }
        }
        return label;
    }

    /**
     * The sections that contain a line, found in O(depth) per line: sections come in line order and
     * nest (a section ends before the next heading of its level or higher), so the containers of a
     * line are the last section starting on or before it and that section's enclosing sections.
     * Scanning every section per observation made mapping quadratic in the note's size.
     */
    private static final class SectionsAround {
        private final List<Model.Section> sections;
        private final int[] parent; // index in sections of the nearest earlier section containing it, or -1

        SectionsAround(List<Model.Section> sections) {
            this.sections = sections == null ? List.of() : sections;
            parent = new int[this.sections.size()];
            java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
            for (int i = 0; i < this.sections.size(); i++) {
                Model.Section s = this.sections.get(i);
                while (!open.isEmpty() && !contains(this.sections.get(open.peekLast()), s)) open.pollLast();
                parent[i] = open.isEmpty() ? -1 : open.peekLast();
                open.addLast(i);
            }
        }

        private static boolean contains(Model.Section outer, Model.Section inner) {
            return outer.firstLine() <= inner.firstLine() && inner.lastLine() <= outer.lastLine();
        }

        /** The sections containing {@code line}, in document order (outermost first). */
        List<Model.Section> containing(int line) {
            int lo = 0, hi = sections.size() - 1, at = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (sections.get(mid).firstLine() <= line) {
                    at = mid;
                    lo = mid + 1;
                } else hi = mid - 1;
            }
            java.util.ArrayDeque<Model.Section> out = new java.util.ArrayDeque<>();
            for (int i = at; i >= 0; i = parent[i]) {
                Model.Section s = sections.get(i);
                if (s.firstLine() <= line && line <= s.lastLine()) out.addFirst(s);
            }
            return new ArrayList<>(out);
        }
    }

    private record TableLabel(int table, String label) {}

    private record MemberKey(Kind kind, String label) {}

    /** The slug of a label; for an unknown label the concept's node and the triples that describe it. */
    private record Member(String slug, Node concept, Node type, Node scheme, Node prefLabel) {}

    /**
     * The slug of the member a label stands for; an unknown label gets a concept of its own in {@code out}
     * (its triples written again at every use, as before the cache). {@code members}: the labels of this
     * note resolved so far.
     */
    private static String member(Map<MemberKey, Member> members, Kind kind, String label, Graph out) {
        Member m = members.computeIfAbsent(new MemberKey(kind, label), k -> member(k.kind(), k.label()));
        if (m.concept() != null) {
            out.add(m.concept(), RDF.type.asNode(), SKOS.Concept.asNode());
            out.add(m.concept(), RDF.type.asNode(), m.type());
            out.add(m.concept(), SKOS.inScheme.asNode(), m.scheme());
            out.add(m.concept(), SKOS.prefLabel.asNode(), m.prefLabel());
        }
        return m.slug();
    }

    private static Member member(Kind kind, String label) {
        var known = Dimensions.lookup(kind, label);
        if (known.isPresent()) return new Member(known.get().slug(), null, null, null, null);
        String slug = slug(label);
        return new Member(
                slug,
                CGM.member(kind, slug),
                switch (kind) {
                    case LAYER -> CGM.Layer;
                    case ELEMENT -> CGM.Element;
                    case SCENARIO -> CGM.Scenario;
                    case PHASE -> CGM.Phase;
                },
                switch (kind) {
                    case LAYER -> CGM.LayerScheme;
                    case ELEMENT -> CGM.ElementScheme;
                    case SCENARIO -> CGM.ScenarioScheme;
                    case PHASE -> CGM.PhaseScheme;
                },
                NodeFactory.createLiteralString(label.strip()));
    }

    /** Lower-case letters and digits joined by '-'; CJK letters are kept (they are valid in IRIs). */
    public static String slug(String label) {
        String s = Normalizer.normalize(label, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (dash && b.length() > 0) b.append('-');
                b.appendCodePoint(cp);
                dash = false;
            } else dash = true;
        }
        return b.length() == 0 ? "x" + Integer.toHexString(label.hashCode()) : b.toString();
    }

    private static Node integer(int v) {
        return Literals.integer(v);
    }
}
