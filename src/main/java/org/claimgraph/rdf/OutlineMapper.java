package org.claimgraph.rdf;

import static org.claimgraph.rdf.Literals.str;
import static org.claimgraph.rdf.Literals.zh;
import static org.claimgraph.rdf.NoteGraph.TYPE;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.claimgraph.extract.Model;

/**
 * For {@link NoteMapper}: the outline of a note (sections, tables, code blocks) and the lookups the
 * other mappers place their items with: the section and table around a line, the node of a table or
 * code block by its index.
 */
final class OutlineMapper {
    private final NoteGraph g;
    /** Section, table and code block nodes by index (lists, no boxed key per item). */
    private final List<Node> sectionNodes = new ArrayList<>();

    private final List<Node> tableNodes = new ArrayList<>();
    private final List<Node> codeNodes = new ArrayList<>();

    /** Sections still open at the section being mapped (sections come in line order): the candidates for its parent. */
    private final ArrayDeque<Model.Section> openSections = new ArrayDeque<>();

    private Model.Section[] innermost;
    /** The heading path of each section by its index, joined once (the items of a section share it). */
    private String[] paths;

    /** The first line of each table, ascending, and the first table (in note order) starting there. */
    private int[] tableFirstLines;

    private Model.Table[] tablesByFirstLine;

    OutlineMapper(NoteGraph g) {
        this.g = g;
    }

    /** Sections, then tables, then code blocks, each in document order. */
    void map() {
        g.note.sections().forEach(this::mapSection);
        g.note.tables().forEach(this::mapTable);
        g.note.codeBlocks().forEach(this::mapCodeBlock);
    }

    private void mapSection(Model.Section s) {
        String headingPath = pathOf(s);
        Node n = g.mint("section", headingPath);
        put(sectionNodes, s.index(), n);
        g.add(n, TYPE, CG.Section);
        located(n, s.firstLine(), s.lastLine());
        g.addIf(n, CG.heading, zh(s.heading()));
        g.addIf(n, CG.headingPath, str(headingPath)); // an empty heading ("#") has no path text
        g.add(n, CG.level, g.integer(s.level()));
        Model.Section parent = parentOf(s);
        if (parent != null) g.add(n, CG.parentSection, at(sectionNodes, parent.index()));
    }

    /**
     * The nearest earlier section of a lower level that contains {@code s}. Called for the sections in
     * order; keeps the chain of sections that contain the current one, so each call is O(depth), not O(sections).
     */
    private Model.Section parentOf(Model.Section s) {
        while (!openSections.isEmpty() && openSections.peekLast().lastLine() < s.lastLine()) openSections.pollLast();
        Model.Section best = null;
        for (Iterator<Model.Section> it = openSections.descendingIterator(); it.hasNext() && best == null; ) {
            Model.Section c = it.next();
            if (c.level() < s.level() && c.firstLine() <= s.firstLine() && c.lastLine() >= s.lastLine()) best = c;
        }
        openSections.addLast(s);
        return best;
    }

    private void mapTable(Model.Table t) {
        Node n = g.mint("table", sectionPathAt(t.firstLine()), String.join("|", t.header()));
        put(tableNodes, t.index(), n);
        g.add(n, TYPE, CG.Table);
        located(n, t.firstLine(), t.lastLine());
        g.add(n, CG.tableKind, str(t.kind().name().toLowerCase().replace('_', '-')));
        g.addIf(n, CG.header, str(String.join(" | ", t.header()))); // a header of empty cells has no text
    }

    private void mapCodeBlock(Model.CodeBlock c) {
        Node n = g.mint("code", sectionPathAt(c.firstLine()), c.language());
        put(codeNodes, c.index(), n);
        g.add(n, TYPE, CG.CodeBlock);
        located(n, c.firstLine(), c.lastLine());
        g.addIf(n, CG.language, str(c.language())); // no info string: no cg:language
    }

    // ---------------------------------------------------------------- lookups for the other mappers

    /** {@link NoteGraph#located} in the innermost section around {@code first}. */
    void located(Node n, int first, int last) {
        g.located(n, first, last, sectionAt(first));
    }

    /** The node of the section with this index, or null. */
    Node section(int index) {
        return at(sectionNodes, index);
    }

    /** The node of the table with this index, or null. */
    Node table(int index) {
        return at(tableNodes, index);
    }

    /** The node of the code block with this index, or null. */
    Node codeBlock(int index) {
        return at(codeNodes, index);
    }

    /** The innermost section containing {@code line}, or null before the first heading. */
    Node sectionAt(int line) {
        Model.Section s = innermostAt(line);
        return s == null ? null : at(sectionNodes, s.index());
    }

    /** The heading path of the innermost section containing {@code line}, or "" before the first heading. */
    String sectionPathAt(int line) {
        Model.Section s = innermostAt(line);
        return s == null ? "" : pathOf(s);
    }

    /** The heading path of a section, joined once (its own IRI and its items' share the string). */
    private String pathOf(Model.Section s) {
        if (paths == null) paths = new String[g.note.sections().size()];
        if (s.index() < 0 || s.index() >= paths.length) return String.join(" > ", s.path());
        if (paths[s.index()] == null) paths[s.index()] = String.join(" > ", s.path());
        return paths[s.index()];
    }

    /** Innermost section per line, computed once per note (sections nest, so the latest start wins). */
    private Model.Section innermostAt(int line) {
        if (innermost == null) {
            int max = g.note.lineCount();
            for (Model.Section s : g.note.sections()) max = Math.max(max, s.lastLine());
            innermost = new Model.Section[max + 2];
            for (Model.Section s : g.note.sections()) {
                for (int l = Math.max(0, s.firstLine()); l <= s.lastLine() && l < innermost.length; l++) {
                    if (innermost[l] == null || s.firstLine() >= innermost[l].firstLine()) innermost[l] = s;
                }
            }
        }
        return line >= 0 && line < innermost.length ? innermost[line] : null;
    }

    /** The table holding {@code line}, or null (tables do not overlap: the last one starting on or before it). */
    Node tableAt(int line) {
        if (tablesByFirstLine == null) {
            // the tables come in line order; sorted anyway, and of two starting on one line the first kept
            List<Model.Table> sorted = new ArrayList<>(g.note.tables());
            sorted.sort(java.util.Comparator.comparingInt(Model.Table::firstLine)); // stable
            List<Model.Table> first = new ArrayList<>();
            for (Model.Table t : sorted)
                if (first.isEmpty() || first.get(first.size() - 1).firstLine() != t.firstLine()) first.add(t);
            tablesByFirstLine = first.toArray(Model.Table[]::new);
            tableFirstLines = new int[tablesByFirstLine.length];
            for (int i = 0; i < tableFirstLines.length; i++) tableFirstLines[i] = tablesByFirstLine[i].firstLine();
        }
        int i = java.util.Arrays.binarySearch(tableFirstLines, line);
        if (i < 0) i = -i - 2; // the last table starting before the line
        if (i < 0) return null;
        Model.Table t = tablesByFirstLine[i];
        return line <= t.lastLine() ? at(tableNodes, t.index()) : null;
    }

    private static Node at(List<Node> list, int index) {
        return index >= 0 && index < list.size() ? list.get(index) : null;
    }

    /** Sets {@code list[index]}, growing it with nulls; a negative index is kept nowhere (a map kept it, no lookup asks). */
    private static void put(List<Node> list, int index, Node value) {
        if (index < 0) return;
        while (list.size() <= index) list.add(null);
        list.set(index, value);
    }
}
