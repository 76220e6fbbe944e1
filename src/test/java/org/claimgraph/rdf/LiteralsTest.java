package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class LiteralsTest {
    static {
        org.apache.jena.sys.JenaSystem.init();
    }

    /** Strings and {@code @zh} text built from their labels are the literals Jena's factory methods build. */
    @Test
    void stringsAsJenaBuildsThem() {
        Random r = new Random(18);
        String alphabet = "a 中\t\u3000&<>\"\\\n\uD83D\uDE00-";
        for (int k = 0; k < 3000; k++) {
            StringBuilder sb = new StringBuilder("x");
            for (int i = r.nextInt(12); i > 0; i--) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String s = sb.toString();
            Node str = NodeFactory.createLiteralString(s.strip());
            Node zh = NodeFactory.createLiteralLang(s.strip(), "zh");
            for (Node[] pair : new Node[][] {{str, Literals.str(s)}, {zh, Literals.zh(s)}}) {
                assertEquals(pair[0], pair[1], s);
                assertEquals(pair[0].hashCode(), pair[1].hashCode(), s);
                assertEquals(pair[0].getLiteralLanguage(), pair[1].getLiteralLanguage(), s);
                assertEquals(pair[0].getLiteralDatatype(), pair[1].getLiteralDatatype(), s);
                assertEquals(pair[0].getLiteralValue(), pair[1].getLiteralValue(), s);
                assertEquals(pair[0].getIndexingValue(), pair[1].getIndexingValue(), s);
                assertEquals(pair[0].toString(), pair[1].toString(), s);
                assertTrue(pair[1].sameValueAs(pair[0]) && pair[1].getLiteral().isWellFormed(), s);
            }
        }
    }

    /** The integer built with its value is the literal Jena builds by parsing the lexical form. */
    @Test
    void integerAsJenaParsesIt() {
        Random r = new Random(18);
        long[] edges = {
            0,
            1,
            -1,
            7,
            1000,
            Integer.MAX_VALUE,
            Integer.MIN_VALUE,
            Integer.MAX_VALUE + 1L,
            Integer.MIN_VALUE - 1L,
            Long.MAX_VALUE,
            Long.MIN_VALUE
        };
        for (int k = 0; k < edges.length + 2000; k++) {
            long v = k < edges.length ? edges[k] : k % 2 == 0 ? r.nextInt(1_000_000) : r.nextLong();
            Node parsed = NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger);
            Node built = Literals.integer(v);
            assertEquals(parsed, built, "" + v);
            assertEquals(parsed.hashCode(), built.hashCode(), "" + v);
            assertEquals(parsed.getLiteralDatatypeURI(), built.getLiteralDatatypeURI());
            assertEquals(parsed.getLiteralValue(), built.getLiteralValue(), "" + v);
            assertEquals(
                    parsed.getLiteralValue().getClass(), built.getLiteralValue().getClass(), "" + v);
            assertEquals(parsed.getIndexingValue(), built.getIndexingValue(), "" + v);
            assertTrue(built.sameValueAs(parsed) && built.getLiteral().isWellFormed(), "" + v);
        }
    }
}
