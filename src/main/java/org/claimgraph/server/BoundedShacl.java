package org.claimgraph.server;

import static java.lang.String.format;
import static org.apache.jena.fuseki.servlets.GraphTarget.determineTarget;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.BaseActionREST;
import org.apache.jena.fuseki.servlets.GraphTarget;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.web.HttpSC;

/**
 * {@code POST /NAME/shacl}: Fuseki's SHACL validation ({@code SHACL_Validation}, same parameters and
 * answers) with the data graph read under the server's query timeout ({@link Deadline}): a shape
 * that walks the graph for longer gets 503 instead of holding a thread for minutes. {@code sh:pattern}
 * checks the same deadline while it matches ({@link BoundedPattern}).
 */
final class BoundedShacl extends BaseActionREST {
    @Override
    protected void doPost(HttpAction action) {
        MediaType mediaType = ActionLib.contentNegotation(action, DEF.rdfOffer, DEF.acceptTurtle);
        Lang lang = RDFLanguages.contentTypeToLang(mediaType.getContentTypeStr());
        if (lang == null) lang = RDFLanguages.TTL;
        String targetNodeStr = action.getRequestParameter(HttpNames.paramTarget);
        Graph shapesGraph = ActionLib.readFromRequest(action, Lang.TTL);
        action.beginRead();
        try {
            Deadline deadline = Deadline.in(Deadline.timeoutMillis(action.getContext()), null);
            GraphTarget graphTarget = determineTarget(action.getActiveDSG(), action);
            if (!graphTarget.exists()) ServletOps.errorNotFound("No data graph: " + graphTarget.label());
            Graph data = deadline.wrap(graphTarget.graph());
            Node targetNode = targetNodeStr == null
                    ? null
                    : NodeFactory.createURI(data.getPrefixMapping().expandPrefix(targetNodeStr));
            Shapes shapes = BoundedPattern.bound(Shapes.parse(shapesGraph), deadline);
            ValidationReport report = targetNode == null
                    ? ShaclValidator.get().validate(shapes, data)
                    : ShaclValidator.get().validate(shapes, data, targetNode);
            action.log.info(format(
                    "[%d] shacl: %s",
                    action.id,
                    report.conforms() ? "conforms" : report.getEntries().size() + " results"));
            action.setResponseStatus(HttpSC.OK_200);
            ActionLib.graphResponse(action, report.getGraph(), lang);
        } finally {
            action.endRead();
        }
    }
}
