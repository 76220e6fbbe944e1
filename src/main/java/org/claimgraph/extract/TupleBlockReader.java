package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The "RDF 三元组速记" block: a code block of {@code (subject, predicate, object)} lines. */
final class TupleBlockReader {
    private TupleBlockReader() {}

    private static final Pattern TUPLE = Pattern.compile(
            "^\\s*[（(]\\s*([^,，()（）]+?)\\s*[,，]\\s*([^,，()（）]+?)\\s*[,，]\\s*(.+?)\\s*[)）]\\s*[,，;；]?\\s*$");

    /** The tuples when every non-blank line is a tuple, else an empty list. */
    static List<Model.TupleStatement> read(List<String> lines, List<Integer> lineNumbers) {
        List<Model.TupleStatement> out = new ArrayList<>();
        int nonBlank = 0;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i);
            if (t.isBlank() || t.strip().startsWith("#")) continue;
            nonBlank++;
            Matcher m = TUPLE.matcher(t);
            if (!m.matches()) return List.of();
            out.add(new Model.TupleStatement(
                    m.group(1).strip(), m.group(2).strip(), m.group(3).strip(), lineNumbers.get(i)));
        }
        return nonBlank == 0 ? List.of() : out;
    }
}
