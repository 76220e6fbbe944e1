package org.claimgraph.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * "SPARQL text lives in {@code .rq} files or resources": no string literal or text block in the main
 * sources starts a SPARQL query or update. Queries that users write (query files, request bodies,
 * {@code cga:crossNoteKey} in the shapes) arrive as data and are not literals here.
 */
class SparqlInResourcesTest {
    /** A literal or text block whose text begins with a query or update form and its first operand. */
    static final Pattern SPARQL_LITERAL = Pattern.compile(
            "\"(?:\"\"\\s*)?\\s*(?:PREFIX\\s+\\w*:|BASE\\s+<|SELECT\\s+[?*(]|SELECT\\s+DISTINCT|CONSTRUCT\\s*[{W]"
                    + "|ASK\\s*[{W]|DESCRIBE\\s+[?<]|INSERT\\s+DATA|INSERT\\s*\\{|DELETE\\s+(?:DATA|WHERE)|DELETE\\s*\\{"
                    + "|WITH\\s+<|DROP\\s+(?:SILENT\\s+)?GRAPH|CLEAR\\s+(?:SILENT\\s+)?GRAPH)",
            Pattern.CASE_INSENSITIVE);

    @Test
    void patternFindsQueriesInJavaText() {
        List<String> caught = List.of(
                "q = \"SELECT ?g WHERE { GRAPH ?g {} }\";",
                "q = \"\"\"\n        SELECT ?note ?path\n        WHERE {}\"\"\";",
                "q = \"PREFIX cg: <x#> ASK {}\";",
                "u = \"DELETE WHERE { ?s ?p ?o }\";",
                "u = \"INSERT DATA { <a> <b> <c> }\";",
                "u = \"DROP SILENT GRAPH <g>\";");
        for (String line : caught) assertTrue(SPARQL_LITERAL.matcher(line).find(), line);
        List<String> passed = List.of(
                "\"SELECT/ASK results use --format\"",
                "\"DELETE /$/queries/ID with a numeric id\"",
                "\"LOAD <\" + source + \"> refused\"",
                "\"select a folder\"");
        for (String line : passed) assertTrue(!SPARQL_LITERAL.matcher(line).find(), line);
    }

    @Test
    void mainSourcesHoldNoSparqlText() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                var m = SPARQL_LITERAL.matcher(text);
                while (m.find()) {
                    int line = 1
                            + (int) text.substring(0, m.start())
                                    .chars()
                                    .filter(c -> c == '\n')
                                    .count();
                    found.add(f + ":" + line + ": " + m.group().strip());
                }
            }
        }
        assertEquals(List.of(), found, "SPARQL belongs in a .rq resource read with rdf.SparqlResources");
    }
}
