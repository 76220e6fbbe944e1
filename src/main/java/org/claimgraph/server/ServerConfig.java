package org.claimgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.assembler.JA;
import org.apache.jena.fuseki.build.FusekiConfig;
import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.assembler.AssemblerUtils;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.apache.jena.vocabulary.RDF;

/**
 * The Fuseki configuration a {@code serve} run uses: the bundled {@code fuseki-config/claimgraph.ttl}
 * (TDB2) or {@code claimgraph-mem.ttl} (in memory), or the user's own file, with the command-line
 * settings written into it. The resulting model is the single description of the server.
 */
final class ServerConfig {
    static final String TDB2_TEMPLATE = "fuseki-config/claimgraph.ttl";
    static final String MEM_TEMPLATE = "fuseki-config/claimgraph-mem.ttl";

    static {
        org.apache.jena.sys.JenaSystem.init();
    } // before JA's constants: JA first would start Jena from inside JA's initialiser

    // Jena's own vocabulary classes for the assembler (ja:) and TDB2 (tdb2:) terms
    private static final Property cxtName = JA.cxtName;
    private static final Property cxtValue = JA.cxtValue;
    private static final Property context = JA.context;
    private static final Resource tDatasetTDB2 = VocabTDB2.tDatasetTDB2;
    private static final Property location = VocabTDB2.pLocation;

    private final Model model;

    private ServerConfig(Model model) {
        this.model = model;
    }

    /** The bundled configuration: TDB2 at {@code db}, or in memory when {@code db} is null. */
    static ServerConfig bundled(Path db) {
        String name = db == null ? MEM_TEMPLATE : TDB2_TEMPLATE;
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = ServerConfig.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null)
                throw new IllegalStateException("bundled configuration missing from the classpath: " + name);
            RDFParser.source(in).lang(Lang.TURTLE).base("file:///" + name).parse(m);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name + ": " + e.getMessage(), e);
        }
        ServerConfig c = new ServerConfig(m);
        if (db != null) c.setTdb2Location(db.toAbsolutePath().normalize().toString());
        return c;
    }

    /** A user's configuration file. */
    static ServerConfig file(Path file) {
        return new ServerConfig(AssemblerUtils.readAssemblerFile(file.toString()));
    }

    Model model() {
        return model;
    }

    Resource server() {
        Resource server = FusekiConfig.findServer(model);
        if (server == null) {
            server = model.createResource().addProperty(RDF.type, FusekiVocab.tServer);
        }
        return server;
    }

    void setTdb2Location(String dir) {
        List<Resource> datasets =
                model.listSubjectsWithProperty(RDF.type, tDatasetTDB2).toList();
        if (datasets.isEmpty())
            throw new IllegalStateException("the configuration has no tdb2:DatasetTDB2 to put at " + dir);
        for (Resource ds : datasets) {
            ds.removeAll(location);
            ds.addProperty(location, dir);
        }
    }

    /** The password file named in the configuration, or null. */
    String passwordFile() {
        Statement s = server().getProperty(FusekiVocab.pPasswordFile);
        return s == null ? null : s.getString();
    }

    void setPasswordFile(Path file) {
        Resource server = server();
        server.removeAll(FusekiVocab.pPasswordFile);
        server.addProperty(
                FusekiVocab.pPasswordFile, file.toAbsolutePath().normalize().toString());
        if (!server.hasProperty(FusekiVocab.pAuth)) server.addProperty(FusekiVocab.pAuth, "basic");
    }

    void setQueryTimeoutMillis(long millis) {
        setContext("arq:queryTimeout", Long.toString(millis));
    }

    void setServiceAllowed(boolean allowed) {
        setContext("arq:httpServiceAllowed", Boolean.toString(allowed));
    }

    void setCorsOrigins(String origins) {
        server().removeAll(ServerVocab.corsOrigins).addProperty(ServerVocab.corsOrigins, origins);
    }

    /** Sets a {@code cgsrv:} setting of the server resource (replacing any value). */
    void setServerValue(Property p, String value) {
        server().removeAll(p).addProperty(p, value);
    }

    /** A server context value as written in the file, or null. */
    String contextValue(String name) {
        for (Statement s : server().listProperties(context).toList()) {
            RDFNode n = s.getObject();
            if (n.isResource() && n.asResource().hasProperty(cxtName, name))
                return n.asResource()
                        .getProperty(cxtValue)
                        .getObject()
                        .asLiteral()
                        .getLexicalForm();
        }
        return null;
    }

    private void setContext(String name, String value) {
        Resource server = server();
        for (Statement s : server.listProperties(context).toList()) {
            RDFNode n = s.getObject();
            if (n.isResource() && n.asResource().hasProperty(cxtName, name)) {
                n.asResource().removeAll(cxtValue).addProperty(cxtValue, value);
                return;
            }
        }
        server.addProperty(
                context, model.createResource().addProperty(cxtName, name).addProperty(cxtValue, value));
    }
}
