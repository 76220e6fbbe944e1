package org.claimgraph.sparql;

import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;

/** The {@code cgf:} namespace and the registration of its functions with ARQ. */
public final class CGF {
    private CGF() {}

    public static final String NS = "https://w3id.org/claimgraph/fn#";

    public static final String maturity = NS + "maturity";
    public static final String scenarioScore = NS + "scenarioScore";
    public static final String risk = NS + "risk";
    public static final String transition = NS + "transition";
    public static final String interpolate = NS + "interpolate";
    public static final String evidenceScore = NS + "evidenceScore";
    public static final String sigmoid = NS + "sigmoid";
    public static final String scenarioProfile = NS + "scenarioProfile";
    public static final String elementProfile = NS + "elementProfile";
    /** {@code cgf:statusAsOf(claim, date)}: the claim's status at the end of that day, from the claim history. */
    public static final String statusAsOf = NS + "statusAsOf";
    /** {@code (?claim ?status) cgf:statusesAsOf ?date}: every claim with its status at the end of that day, in one pass. */
    public static final String statusesAsOf = NS + "statusesAsOf";

    private static volatile boolean registered;

    /** Registers every {@code cgf:} function in the global ARQ registries. Idempotent. */
    public static synchronized void register() {
        if (registered) return;
        FunctionRegistry f = FunctionRegistry.get();
        f.put(maturity, Functions.Maturity.class);
        f.put(scenarioScore, Functions.ScenarioScore.class);
        f.put(risk, Functions.Risk.class);
        f.put(transition, Functions.Transition.class);
        f.put(interpolate, Functions.Interpolate.class);
        f.put(evidenceScore, Functions.EvidenceScore.class);
        f.put(sigmoid, Functions.Sigmoid.class);
        f.put(statusAsOf, StatusAsOf.class);
        PropertyFunctionRegistry p = PropertyFunctionRegistry.get();
        p.put(scenarioProfile, ProfileFunctions.ScenarioProfile.class);
        p.put(elementProfile, ProfileFunctions.ElementProfile.class);
        p.put(statusesAsOf, StatusesAsOf.class);
        registered = true;
    }
}
