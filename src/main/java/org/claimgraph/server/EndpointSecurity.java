package org.claimgraph.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.Endpoint;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.Constraint;

/**
 * Makes the HTTP authentication challenge follow the endpoint policies method by method.
 * <p>
 * Fuseki enforces each endpoint's {@code fuseki:allowedUsers} itself (403 for a user not allowed),
 * but asks Jetty for a login (401 + {@code WWW-Authenticate}) by URL path only. When one name
 * carries a public read and a protected write ({@code /kg/data}: GSP read public, GSP write with
 * password; {@code /kg}: query public, update with password), path-only constraints either lock
 * the reads or never challenge the writes. This replaces the dataset constraints with:
 * <ul>
 * <li>a name whose endpoints are all protected: login for every method but OPTIONS (a CORS
 *     preflight never carries credentials, so it must not need them; it reads nothing);</li>
 * <li>a name with public and protected endpoints: login for every method except GET, HEAD and
 *     OPTIONS (so an anonymous POST/PUT/DELETE gets 401 and a browser can ask for credentials).</li>
 * </ul>
 * Fuseki's own policy check still runs after login, so this only changes when a login is asked
 * for, never who may write.
 */
final class EndpointSecurity {
    private EndpointSecurity() {}

    private static final String[] READ_METHODS = {"GET", "HEAD", "OPTIONS"};
    private static final String[] PREFLIGHT = {"OPTIONS"};

    static void apply(FusekiServer server) {
        ServletContextHandler context = server.getJettyServer().getDescendant(ServletContextHandler.class);
        if (context == null || !(context.getSecurityHandler() instanceof ConstraintSecurityHandler csh))
            return; // no password file: nobody can log in, protected endpoints answer 403
        List<String> datasetPaths = new ArrayList<>();
        List<ConstraintMapping> mappings = new ArrayList<>();
        server.getDataAccessPointRegistry().forEach((name, dap) -> {
            String base = DataAccessPoint.canonical(name);
            datasetPaths.add(base);
            if (!isPublic(dap.getDataService().authPolicy())) {
                for (String path : new String[] {base, base + "/*"}) {
                    mappings.add(mapping(path, PREFLIGHT));
                    mappings.add(open(path, "OPTIONS"));
                }
                return;
            }
            Map<String, boolean[]> byName = new LinkedHashMap<>(); // name -> {hasPublic, hasProtected}
            for (Endpoint ep : dap.getDataService().getEndpoints()) {
                boolean[] flags = byName.computeIfAbsent(ep.getName(), k -> new boolean[2]);
                flags[isPublic(ep.getAuthPolicy()) ? 0 : 1] = true;
            }
            byName.forEach((epName, flags) -> {
                if (!flags[1]) return;
                String path = epName.isEmpty() ? base : base + "/" + epName;
                String[] omitted = flags[0] ? READ_METHODS : PREFLIGHT;
                mappings.add(mapping(path, omitted));
                for (String m : omitted) mappings.add(open(path, m));
            });
        });
        // Keep whatever Fuseki set up outside the datasets (e.g. server-wide "/*").
        for (ConstraintMapping m : csh.getConstraintMappings()) {
            String spec = m.getPathSpec();
            boolean ofDataset = datasetPaths.stream().anyMatch(p -> spec.equals(p) || spec.startsWith(p + "/"));
            if (!ofDataset) mappings.add(m);
        }
        csh.setConstraintMappings(mappings);
    }

    /** Adds a login constraint (any user of the password file, every method) for server paths such as {@code /$/queries}. */
    static void requireLogin(FusekiServer server, String... pathSpecs) {
        ServletContextHandler context = server.getJettyServer().getDescendant(ServletContextHandler.class);
        if (context == null || !(context.getSecurityHandler() instanceof ConstraintSecurityHandler csh))
            return; // no password file: the servlets refuse anonymous callers themselves
        for (String p : pathSpecs) csh.addConstraintMapping(mapping(p, null));
    }

    private static boolean isPublic(AuthPolicy policy) {
        return policy == null || policy == Auth.ANY_ANON || policy.isAllowed(null);
    }

    /** An explicit "no login needed" for a read method, so no method of the path is left uncovered. */
    private static ConstraintMapping open(String pathSpec, String method) {
        ConstraintMapping m = new ConstraintMapping();
        m.setPathSpec(pathSpec);
        m.setMethod(method);
        m.setConstraint(Constraint.ALLOWED);
        return m;
    }

    private static ConstraintMapping mapping(String pathSpec, String[] omittedMethods) {
        ConstraintMapping m = new ConstraintMapping();
        m.setPathSpec(pathSpec);
        m.setConstraint(new Constraint.Builder()
                .name("claimgraph-write")
                .authorization(Constraint.Authorization.ANY_USER)
                .build());
        if (omittedMethods != null) m.setMethodOmissions(omittedMethods);
        return m;
    }
}
