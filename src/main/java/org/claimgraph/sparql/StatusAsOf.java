package org.claimgraph.sparql;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.claimgraph.history.StatusTimeline;

/**
 * {@code cgf:statusAsOf(?claim, ?date)} → the status concept ({@code cg:Pending} …) the claim had
 * at the end of that day (UTC), from the claim history; unbound when the claim did not exist
 * then, had no status, or the store records no history of it. {@code ?date} is an
 * {@code xsd:date} or a "YYYY-MM-DD" string; an {@code xsd:dateTime} means that instant.
 */
public final class StatusAsOf extends FunctionBase {
    @Override
    public void checkBuild(String uri, ExprList args) {
        if (args.size() != 2)
            throw new QueryBuildException("cgf:statusAsOf takes 2 arguments (claim, date), got " + args.size());
    }

    @Override
    protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
        NodeValue claim = args.get(0);
        if (!claim.isIRI())
            throw new ExprEvalException("cgf:statusAsOf: argument 1 (claim) must be an IRI, got " + claim);
        StatusTimeline tl = HistoryCache.get(env.getDataset(), env.getContext());
        Node status = tl.statusAt(claim.asNode(), instant(args.get(1)));
        if (status == null) throw new ExprEvalException("cgf:statusAsOf: no status then"); // unbound
        return NodeValue.makeNode(status);
    }

    @Override
    public NodeValue exec(List<NodeValue> args) {
        throw new ExprEvalException("cgf:statusAsOf needs a dataset");
    }

    static java.time.Instant instant(NodeValue d) {
        if (!d.isLiteral()) throw new ExprEvalException("cgf:statusAsOf: argument 2 (date) must be a date, got " + d);
        String lex = d.asNode().getLiteralLexicalForm().strip();
        try {
            if (d.isDateTime()) return OffsetDateTime.parse(lex).toInstant();
            return StatusTimeline.endOf(LocalDate.parse(lex.length() > 10 ? lex.substring(0, 10) : lex));
        } catch (DateTimeParseException e) {
            throw new ExprEvalException("cgf:statusAsOf: argument 2 (date) is not a date: " + lex);
        }
    }
}
