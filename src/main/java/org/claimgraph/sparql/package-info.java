/**
 * SPARQL access to the maturity matrix core: the {@code cgf:} functions and property functions
 * (namespace {@code https://w3id.org/claimgraph/fn#}), registered for every Jena user by the
 * subsystem {@link org.claimgraph.sparql.MatrixSubsystem}. Matrices are built from the dataset
 * once ({@link org.claimgraph.sparql.MatrixModel}) and cached per dataset and data version
 * ({@link org.claimgraph.sparql.MatrixCache}).
 */
package org.claimgraph.sparql;
