package org.claimgraph.validate;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;

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

    /**
     * The results of {@link #validate(Graph, Shapes)}, the same entries in the same order, without the
     * report graph: Jena's validator builds an RDF model of every result after validating (a third of
     * the time at 1 000 notes, and most of the garbage collection, growing faster than the data).
     * Callers that only read the entries (the audit, {@code validate --format text}) use this; the
     * Turtle and JSON-LD reports still come from {@link #validate(Graph, Shapes)}. Same steps as
     * Jena's {@code ValidationProc.plainValidation}: every target shape, every focus node of it.
     */
    public static List<ReportEntry> results(Graph dataGraph, Shapes shapes) {
        ValidationContext vCxt = ValidationContext.create(shapes, dataGraph);
        for (Shape shape : shapes.getTargetShapes())
            for (Node focus : VLib.focusNodes(dataGraph, shape)) VLib.validateShape(vCxt, dataGraph, shape, focus);
        return Collected.of(vCxt);
    }

    /**
     * The entries a validation context has collected, read from its report builder (Jena 5.6 has no
     * accessor for them short of building the report graph); null when the fields are not there
     * (another Jena), and then {@link #results} builds the report after all.
     */
    static final class Collected {
        private static final Field BUILDER = field(ValidationContext.class, "validationReportBuilder");
        private static final Field ENTRIES = field(ValidationReport.Builder.class, "entries");

        private Collected() {}

        /** The entries {@code vCxt} collected, read past the report graph when {@link #available}, else from the report. */
        static List<ReportEntry> of(ValidationContext vCxt) {
            List<ReportEntry> collected = entries(vCxt);
            return collected != null
                    ? collected
                    : List.copyOf(vCxt.generateReport().getEntries());
        }

        static boolean available() {
            return BUILDER != null && ENTRIES != null;
        }

        static List<ReportEntry> entries(ValidationContext vCxt) {
            if (!available()) return null;
            try {
                Object entries = ENTRIES.get(BUILDER.get(vCxt));
                if (!(entries instanceof Collection<?> c)) return null;
                return c.stream().map(ReportEntry.class::cast).toList();
            } catch (IllegalAccessException | RuntimeException e) {
                return null;
            }
        }

        private static Field field(Class<?> owner, String name) {
            try {
                Field f = owner.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException | RuntimeException e) {
                return null;
            }
        }
    }
}
