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

    /** The whole-number shortcut of {@link Literals#decimal} writes what the BigDecimal round trip writes. */
    @Test
    void decimalAsTheBigDecimalRoundTripWritesIt() {
        Random r = new Random(18);
        double[] edges = {0, -0.0, 1, -1, 10, 100, 1200, 9_999_999, -9_999_999, 1e7, -1e7, 1e15, 0.5, 2.5, 1e-3};
        for (int k = 0; k < edges.length + 20_000; k++) {
            double d = k < edges.length
                    ? edges[k]
                    : switch (k % 4) {
                        case 0 -> r.nextInt(20_000_000) - 10_000_000;
                        case 1 -> r.nextInt(1000) * Math.pow(10, r.nextInt(12));
                        case 2 -> (r.nextInt(2000) - 1000) / 8.0;
                        default -> r.nextDouble() * 1e8;
                    };
            String s = java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            if (s.indexOf('.') < 0) s = s + ".0";
            assertEquals(NodeFactory.createLiteralDT(s, XSDDatatype.XSDdecimal), Literals.decimal(d), "" + d);
        }
    }

    /** The shared boolean nodes are the literals Jena builds. */
    @Test
    void booleansAsJenaBuildsThem() {
        for (boolean b : new boolean[] {true, false}) {
            Node built = NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
            assertEquals(built, Literals.bool(b));
            assertEquals(built.getLiteralValue(), Literals.bool(b).getLiteralValue());
        }
    }
}
