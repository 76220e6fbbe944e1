package org.claimgraph.sparql;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropFuncArgType;
import org.apache.jena.sparql.pfunction.PropertyFunctionEval;
import org.claimgraph.history.StatusTimeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code (?claim ?status) cgf:statusesAsOf ?date}: one row per claim of the history that had a
 * status at the end of that day, with the status concept — exactly the claims for which
 * {@code cgf:statusAsOf(?claim, ?date)} is bound, with its value, but read from the cached
 * timeline in one pass instead of one function call per claim found by a scan of the history
 * graph. {@code ?date} as for {@code cgf:statusAsOf}; an unbound or bad date yields no rows and a
 * warning in the log. Either subject may be bound (then the rows are filtered).
 */
public final class StatusesAsOf extends PropertyFunctionEval {
    private static final Logger LOG = LoggerFactory.getLogger(StatusesAsOf.class);

    // Jena 5.6's PFuncListAndSimple declares its argument types the wrong way round (a single
    // subject and a list object), so the list subject is declared here.
    public StatusesAsOf() {
        super(PropFuncArgType.PF_ARG_LIST, PropFuncArgType.PF_ARG_SINGLE);
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        super.build(subject, predicate, object, cxt);
        if (!subject.isList() || subject.getArgListSize() != 2)
            throw new QueryBuildException("cgf:statusesAsOf: subject must be a list of two, e.g. (?claim ?status)");
    }

    @Override
    public QueryIterator execEvaluated(
            Binding binding, PropFuncArg subject, Node predicate, PropFuncArg objectArg, ExecutionContext cxt) {
        Node object = objectArg.getArg();
        java.time.Instant at;
        try {
            if (object.isVariable()) throw new ExprEvalException("the date " + object + " is unbound");
            at = StatusAsOf.instant(NodeValue.makeNode(object));
        } catch (ExprEvalException e) {
            LOG.warn("cgf:statusesAsOf: {}", e.getMessage());
            return QueryIterPlainWrapper.create(List.<Binding>of().iterator(), cxt);
        }
        StatusTimeline tl = HistoryCache.get(cxt.getDataset(), cxt.getContext());
        Node claimSlot = subject.getArg(0), statusSlot = subject.getArg(1);
        List<Binding> out = new ArrayList<>();
        tl.forEachStatusAt(at, (claim, status) -> {
            BindingBuilder b = BindingFactory.builder(binding);
            if (bind(b, claimSlot, claim) && bind(b, statusSlot, status)) out.add(b.build());
        });
        return QueryIterPlainWrapper.create(out.iterator(), cxt);
    }

    private static boolean bind(BindingBuilder b, Node slot, Node value) {
        if (!slot.isVariable()) return slot.equals(value);
        Var v = Var.alloc(slot);
        Node existing = b.get(v);
        if (existing != null) return existing.equals(value);
        b.add(v, value);
        return true;
    }
}
