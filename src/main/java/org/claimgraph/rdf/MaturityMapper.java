package org.claimgraph.rdf;

import org.apache.jena.graph.Graph;
import org.claimgraph.extract.Model;

/** Maps a note's numeric maturity tables to RDF Data Cube observations (filled by the matrix work). */
public final class MaturityMapper {
    private MaturityMapper() {}

    /** Adds the Data Cube observations of {@code note.maturity()} to {@code out}. */
    public static void map(Model.Note note, String noteIri, Graph out) {
        // intentionally empty until the matrix model lands
    }
}
