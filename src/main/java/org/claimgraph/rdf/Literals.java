package org.claimgraph.rdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The literals the mappers write: trimmed strings, {@code @zh} text, canonical numbers, dates; null for no value. */
final class Literals {
    private Literals() {}

    /** A plain string literal, or null for null/blank text. */
    static Node str(String s) {
        if (s == null || s.isBlank()) return null;
        return NodeFactory.createLiteralString(s.strip());
    }

    /** A {@code @zh} literal, or null for null/blank text. */
    static Node zh(String s) {
        if (s == null || s.isBlank()) return null;
        return NodeFactory.createLiteralLang(s.strip(), "zh");
    }

    static Node integer(long i) {
        return NodeFactory.createLiteralDT(Long.toString(i), XSDDatatype.XSDinteger);
    }

    /** Canonical xsd:decimal: no exponent, at least one digit after the point ("100.0", "0.25"). */
    static Node decimal(double d) {
        String s = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        if (s.indexOf('.') < 0) s = s + ".0";
        return NodeFactory.createLiteralDT(s, XSDDatatype.XSDdecimal);
    }

    static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
    }

    static Node date(LocalDate d) {
        return d == null ? null : NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }
}
