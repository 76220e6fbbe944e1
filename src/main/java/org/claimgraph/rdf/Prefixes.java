package org.claimgraph.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.DOAP;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The one prefix map: what {@code Stores.prepare} writes into every store (so the server and
 * {@code export rdf} print with it) and what {@code claimgraph query} lets a query use undeclared.
 * Namespaces come from their vocabulary classes ({@link CG}, {@link Iris#ID}, {@link CGM},
 * {@link CGH}, Jena's {@code RDF}, {@code SKOS}, {@code DCTerms}, {@code DOAP} …); the three
 * namespaces Jena has no class for are here. Layers above {@code rdf} add their own namespace
 * to a copy ({@code cga:} of validate, {@code cgf:} of sparql: see {@code QueryCommand}).
 */
public final class Prefixes {
    private Prefixes() {}

    /** PROV-O (Jena has no vocabulary class for it). */
    public static final String PROV = "http://www.w3.org/ns/prov#";
    /** The RDF Data Cube vocabulary (no Jena class). */
    public static final String QB = "http://purl.org/linked-data/cube#";
    /** schema.org, https form (Jena's {@code SchemaDO} uses http). */
    public static final String SCHEMA = "https://schema.org/";

    /** A new, modifiable mapping of every standard prefix. */
    public static PrefixMapping standard() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("cg", CG.NS);
        pm.setNsPrefix("cgid", Iris.ID);
        pm.setNsPrefix("cgm", CGM.NS);
        pm.setNsPrefix("cgh", CGH.NS);
        pm.setNsPrefix("rdf", RDF.getURI());
        pm.setNsPrefix("rdfs", RDFS.getURI());
        pm.setNsPrefix("owl", OWL.getURI());
        pm.setNsPrefix("xsd", XSD.getURI());
        pm.setNsPrefix("skos", SKOS.getURI());
        pm.setNsPrefix("dcterms", DCTerms.getURI());
        pm.setNsPrefix("prov", PROV);
        pm.setNsPrefix("schema", SCHEMA);
        pm.setNsPrefix("doap", DOAP.getURI());
        pm.setNsPrefix("qb", QB);
        return pm;
    }
}
