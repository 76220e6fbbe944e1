package org.claimgraph.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.claimgraph.export.PropertyGraph.StatusLine;
import org.claimgraph.extract.VerificationStatus;
import org.claimgraph.rdf.CG;

/**
 * Values read out of query rows and property maps for the projection (a missing or malformed value
 * is null, never an exception), and one provenance assessment built from its properties.
 */
final class Rows {
    private Rows() {}

    /** One assessment from its properties (and those of its status assertions). */
    static PropertyGraph.Assessment assessment(
            Map<String, List<RDFNode>> p,
            Map<Node, Map<String, List<RDFNode>>> statusProps,
            Set<String> sourceTypes,
            Set<String> envs,
            LocalDate blockDate) {
        Map<String, StatusLine> statuses = new TreeMap<>();
        for (RDFNode sa : p.getOrDefault("hasStatusAssertion", List.of())) {
            Map<String, List<RDFNode>> s = statusProps.getOrDefault(sa.asNode(), Map.of());
            String concept = firstIri(s, "status");
            VerificationStatus st = concept != null && concept.startsWith(CG.NS)
                    ? VerificationStatus.ofConceptName(concept.substring(CG.NS.length()))
                            .orElse(null)
                    : null;
            String phrase = firstString(s, "statusPhrase");
            if (st != null || phrase != null) {
                StatusLine sl = new StatusLine(st, phrase, firstString(s, "qualifier"));
                statuses.put((st == null ? "" : st.notation()) + "\u0000" + phrase + "\u0000" + sl.qualifier(), sl);
            }
        }
        TreeSet<String> urls = new TreeSet<>();
        for (RDFNode u : p.getOrDefault("verificationMethod", List.of())) {
            if (u.isURIResource()) {
                urls.add(u.asResource().getURI());
            }
        }
        LocalDate own = null;
        for (RDFNode d : p.getOrDefault("modified", List.of())) {
            LocalDate x = date(d);
            own = own == null || (x != null && x.isAfter(own)) ? (x != null ? x : own) : own;
        }
        Long line = firstLong(p, "firstLine");
        return new PropertyGraph.Assessment(
                joined(p, "subject"),
                List.copyOf(statuses.values()),
                List.copyOf(new TreeSet<>(sourceTypes)),
                strings(p, "sourceTypePhrase"),
                List.copyOf(urls),
                strings(p, "verificationMethodText"),
                envs.isEmpty() ? null : String.join(" / ", new TreeSet<>(envs)),
                joined(p, "remark"),
                joined(p, "basis"),
                own != null ? own : blockDate,
                line == null ? null : line.intValue());
    }

    static List<String> strings(Map<String, List<RDFNode>> p, String name) {
        TreeSet<String> out = new TreeSet<>();
        for (RDFNode n : p.getOrDefault(name, List.of())) {
            if (n.isLiteral() && !n.asLiteral().getLexicalForm().isBlank()) {
                out.add(n.asLiteral().getLexicalForm());
            }
        }
        return List.copyOf(out);
    }

    static String joined(Map<String, List<RDFNode>> p, String name) {
        List<String> s = strings(p, name);
        return s.isEmpty() ? null : String.join(" / ", s);
    }

    static String firstString(Map<String, List<RDFNode>> p, String name) {
        List<String> s = strings(p, name);
        return s.isEmpty() ? null : s.get(0);
    }

    static String firstIri(Map<String, List<RDFNode>> p, String name) {
        return p.getOrDefault(name, List.of()).stream()
                .filter(RDFNode::isURIResource)
                .map(n -> n.asResource().getURI())
                .sorted()
                .findFirst()
                .orElse(null);
    }

    static Long firstLong(Map<String, List<RDFNode>> p, String name) {
        for (RDFNode n : p.getOrDefault(name, List.of())) {
            if (n.isLiteral()) {
                try {
                    return Long.parseLong(n.asLiteral().getLexicalForm().strip());
                } catch (NumberFormatException e) {
                    // not a number: try the next value
                }
            }
        }
        return null;
    }

    static String measurement(QuerySolution row) {
        String raw = str(row, "raw");
        if (raw == null) {
            String value = str(row, "value");
            if (value == null) {
                return null;
            }
            String unit = str(row, "unit");
            raw = unit == null ? value : value + " " + unit;
        }
        String metric = str(row, "metric");
        return metric == null ? raw : metric + ": " + raw;
    }

    static String iri(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n != null && n.isURIResource() ? n.asResource().getURI() : null;
    }

    static String str(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null) {
            return null;
        }
        return n.isLiteral()
                ? n.asLiteral().getLexicalForm()
                : n.isURIResource() ? n.asResource().getURI() : null;
    }

    static Long integer(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null || !n.isLiteral()) {
            return null;
        }
        try {
            return Long.parseLong(n.asLiteral().getLexicalForm().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static LocalDate date(QuerySolution row, String var) {
        return date(row.get(var));
    }

    static LocalDate date(RDFNode n) {
        if (n == null || !n.isLiteral()) {
            return null;
        }
        Literal l = n.asLiteral();
        String lex = l.getLexicalForm().strip();
        try {
            return LocalDate.parse(lex.length() >= 10 ? lex.substring(0, 10) : lex);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
