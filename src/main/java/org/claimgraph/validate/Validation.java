package org.claimgraph.validate;

import java.time.LocalDate;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/** Runs the shapes over a dataset and returns the standard {@code sh:ValidationReport}. */
public final class Validation {
    private Validation() {}

    /** Validates the union of the dataset's note graphs (plus ontology and parameters for {@code asOf}). */
    public static ValidationReport validate(Dataset dataset, Shapes shapes, LocalDate asOf) {
        return validate(DataGraph.of(dataset, asOf), shapes);
    }

    /** Validates a data graph already built by {@link DataGraph}. */
    public static ValidationReport validate(Graph dataGraph, Shapes shapes) {
        return ShaclValidator.get().validate(shapes, dataGraph);
    }
}
