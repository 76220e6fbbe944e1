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
