package org.claimgraph.server;

import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.modify.UpdateEngine;
import org.apache.jena.sparql.modify.UpdateEngineFactory;
import org.apache.jena.sparql.modify.UpdateEngineMain;
import org.apache.jena.sparql.modify.UpdateEngineRegistry;
import org.apache.jena.sparql.modify.UpdateEngineWorker;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateVisitor;
import org.apache.jena.sparql.util.Context;

/**
 * Enforces a served dataset's {@link LoadPolicy} on SPARQL Update {@code LOAD}: an update engine
 * for every dataset whose context carries a policy ({@link LoadPolicy#SYMBOL}); other datasets
 * (the command line's own stores) use Jena's engines unchanged. Everything but LOAD runs as in
 * {@link UpdateEngineMain}.
 */
final class LoadGuard implements UpdateEngineFactory {
    private static final LoadGuard INSTANCE = new LoadGuard();

    private LoadGuard() {}

    /** Puts the guard first in Jena's update engine registry (once). */
    static synchronized void register() {
        if (!UpdateEngineRegistry.get().contains(INSTANCE))
            UpdateEngineRegistry.get().add(INSTANCE);
    }

    @Override
    public boolean accept(DatasetGraph dsg, Context context) {
        return policy(context) != null;
    }

    @Override
    public UpdateEngine create(DatasetGraph dsg, Binding inputBinding, Context context) {
        LoadPolicy policy = policy(context);
        return new UpdateEngineMain(dsg, inputBinding, context) {
            @Override
            protected UpdateVisitor prepareWorker() {
                return new UpdateEngineWorker(dsg, inputBinding, context) {
                    @Override
                    public void visit(UpdateLoad update) {
                        String refusal = policy.refusal(update.getSource());
                        if (refusal != null)
                            throw new QueryBuildException(
                                    refusal); // Fuseki: 400 with the message; also for LOAD SILENT (a refusal is no
                        // load failure)
                        super.visit(update);
                    }
                };
            }
        };
    }

    private static LoadPolicy policy(Context context) {
        return context == null ? null : context.get(LoadPolicy.SYMBOL);
    }
}
