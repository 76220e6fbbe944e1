package org.claimgraph.sparql;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.matrix.LogisticRegression;
import org.claimgraph.rdf.CGM;
import org.claimgraph.rdf.Iris;

/**
 * Writes fitted risk coefficients into the parameters graph, replacing the previous λ, with the
 * provenance of the fit:
 * <pre>
 * cgid:parameters/risk-model  cgm:lambda0 … cgm:lambda3 ; prov:wasGeneratedBy &lt;fit&gt; .
 * &lt;fit&gt; a cgm:RiskFit ; cgm:sourceFile "incidents.csv" ; prov:endedAtTime … ;
 *       cgm:sampleSize n ; cgm:logLikelihood ℓ ; cgm:iterations k .
 * </pre>
 */
public final class RiskFitWriter {
    private RiskFitWriter() {}

    /** One write transaction; returns the IRI of the fit activity. */
    public static String write(DatasetGraph dsg, LogisticRegression.Fit fit, String sourceFile, Instant when) {
        if (fit.beta().length != 4)
            throw new IllegalArgumentException("a risk fit has 4 coefficients, got " + fit.beta().length);
        Node g = NodeFactory.createURI(org.claimgraph.rdf.Iris.PARAMETERS_GRAPH);
        Node model = NodeFactory.createURI(CGM.RISK_MODEL);
        Instant t = when.truncatedTo(ChronoUnit.SECONDS);
        String fitIri = Iris.ID + "parameters/risk-fit/" + t.toString().replace(":", "");
        Node fitNode = NodeFactory.createURI(fitIri);
        Node[] props = {CGM.lambda0, CGM.lambda1, CGM.lambda2, CGM.lambda3};
        Txn.executeWrite(dsg, () -> {
            for (Node p : props) dsg.deleteAny(g, model, p, Node.ANY);
            dsg.deleteAny(g, model, CGM.provWasGeneratedBy, Node.ANY);
            dsg.add(g, model, RDF.type.asNode(), CGM.RiskModel);
            for (int i = 0; i < 4; i++) dsg.add(g, model, props[i], dbl(fit.beta()[i]));
            dsg.add(g, model, CGM.provWasGeneratedBy, fitNode);
            dsg.add(g, fitNode, RDF.type.asNode(), CGM.RiskFit);
            dsg.add(g, fitNode, RDF.type.asNode(), CGM.provActivity);
            dsg.add(g, fitNode, CGM.sourceFile, NodeFactory.createLiteralString(sourceFile));
            dsg.add(
                    g,
                    fitNode,
                    CGM.provEndedAtTime,
                    NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime));
            dsg.add(
                    g,
                    fitNode,
                    CGM.sampleSize,
                    NodeFactory.createLiteralDT(Integer.toString(fit.sampleSize()), XSDDatatype.XSDinteger));
            dsg.add(g, fitNode, CGM.logLikelihood, dbl(fit.logLikelihood()));
            dsg.add(
                    g,
                    fitNode,
                    CGM.iterations,
                    NodeFactory.createLiteralDT(Integer.toString(fit.iterations()), XSDDatatype.XSDinteger));
        });
        return fitIri;
    }

    /** Canonical xsd:double lexical form, so that TDB2 (which canonicalises) and in-memory stores hold the same literal. */
    private static Node dbl(double v) {
        return org.apache.jena.sparql.expr.NodeValue.makeDouble(v).asNode();
    }
}
