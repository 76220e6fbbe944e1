package org.claimgraph.rdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.impl.LiteralLabelFactory;

/** The literals the mappers write: trimmed strings, {@code @zh} text, canonical numbers, dates; null for no value. */
final class Literals {
    private Literals() {}

    /** A plain string literal, or null for null/blank text. */
    static Node str(String s) {
        if (s == null || s.isBlank()) return null;
        String lex = s.strip();
        // the value of an xsd:string is its lexical form: given, Jena does not validate it again
        return NodeFactory.createLiteral(LiteralLabelFactory.createIncludingValue(lex, lex, XSDDatatype.XSDstring));
    }

    /** A {@code @zh} literal, or null for null/blank text. */
    static Node zh(String s) {
        if (s == null || s.isBlank()) return null;
        // the label directly: createLiteralLang parses and formats the language tag for every literal
        return NodeFactory.createLiteral(LiteralLabelFactory.createLang(s.strip(), "zh"));
    }

    /**
     * An xsd:integer. Within the int range (line numbers, ordinals, counts) the literal is built with
     * the value Jena's parser would give it (an {@code Integer}), so that Jena does not parse the
     * lexical form again: parsing every line number was a few per cent of mapping a large note.
     */
    static Node integer(long i) {
        String lex = Long.toString(i);
        if (i < Integer.MIN_VALUE || i > Integer.MAX_VALUE)
            return NodeFactory.createLiteralDT(lex, XSDDatatype.XSDinteger);
        return NodeFactory.createLiteral(
                LiteralLabelFactory.createIncludingValue(lex, Integer.valueOf((int) i), XSDDatatype.XSDinteger));
    }

    /** Canonical xsd:decimal: no exponent, at least one digit after the point ("100.0", "0.25"). */
    static Node decimal(double d) {
        // a whole number below 10^7 (Double.toString writes it without exponent, exactly): its digits and ".0",
        // as the BigDecimal round trip below gives it (-0.0 too: "0.0")
        if (d == Math.rint(d) && Math.abs(d) < 1e7)
            return NodeFactory.createLiteralDT((long) d + ".0", XSDDatatype.XSDdecimal);
        String s = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        if (s.indexOf('.') < 0) s = s + ".0";
        return NodeFactory.createLiteralDT(s, XSDDatatype.XSDdecimal);
    }

    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
    private static final Node FALSE = NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean);

    /** {@code "true"} or {@code "false"} as xsd:boolean: one node each (nodes are immutable). */
    static Node bool(boolean b) {
        return b ? TRUE : FALSE;
    }

    static Node date(LocalDate d) {
        return d == null ? null : NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }
}
