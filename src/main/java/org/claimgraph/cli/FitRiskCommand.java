package org.claimgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.claimgraph.matrix.Incidents;
import org.claimgraph.matrix.LogisticRegression;
import org.claimgraph.matrix.MatrixException;
import org.claimgraph.sparql.RiskFitWriter;
import org.claimgraph.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimgraph fit-risk incidents.csv [--db DIR]}: fits λ of the risk model by logistic regression. */
@Command(
        name = "fit-risk",
        mixinStandardHelpOptions = true,
        description = {
            "Fits the risk coefficients λ0..λ3 of risk = σ(λ0 + λ1·StaticDrop + λ2·DynamicJitter + λ3·Uncertainty)"
                    + " to labelled incidents (logistic regression, Newton/IRLS).",
            "The CSV needs the columns static, dynamic, uncertainty (0..1) and incident (0/1); see examples/incidents.csv.",
            "With --db the fitted λ replace the current ones in graph <" + org.claimgraph.rdf.Iris.PARAMETERS_GRAPH
                    + ">," + " with the file, date, sample size and log-likelihood as provenance."
        })
public final class FitRiskCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INCIDENTS.csv", description = "Labelled incidents.")
    Path csv;

    @Option(
            names = "--db",
            paramLabel = "DIR",
            description = "TDB2 database to write the fitted λ into (otherwise only printed).")
    Path db;

    @Option(
            names = "--ridge",
            defaultValue = "0",
            paramLabel = "RHO",
            description =
                    "L2 penalty on λ1..λ3 (not on λ0); use e.g. 0.001 when the incidents are perfectly separable. Default: ${DEFAULT-VALUE}.")
    double ridge;

    @Option(
            names = "--max-iter",
            defaultValue = "100",
            description = "Newton iterations at most. Default: ${DEFAULT-VALUE}.")
    int maxIter;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        LogisticRegression.Fit fit;
        try {
            Incidents inc = Incidents.read(csv);
            fit = LogisticRegression.fit(inc.features(), inc.labels(), ridge, maxIter, 1e-10);
        } catch (IOException e) {
            throw new InputException("cannot read " + csv + ": " + e.getMessage(), e);
        } catch (MatrixException e) {
            throw new UsageException(e.getMessage(), e);
        }
        double[] b = fit.beta();
        out.printf(
                Locale.ROOT,
                "λ0 = %.6f%nλ1 = %.6f  (StaticDrop)%nλ2 = %.6f  (DynamicJitter)%nλ3 = %.6f  (Uncertainty)%n",
                b[0],
                b[1],
                b[2],
                b[3]);
        out.printf(
                Locale.ROOT,
                "n = %d, log-likelihood = %.6f, %d Newton iterations%n",
                fit.sampleSize(),
                fit.logLikelihood(),
                fit.iterations());
        if (db != null) {
            try (Opened opened = new Opened(Stores.tdb2(db))) {
                Dataset ds = opened.dataset();
                String iri = RiskFitWriter.write(ds.asDatasetGraph(), fit, csv.toString(), Instant.now());
                out.println("written to " + db + " as <" + iri + ">");
            }
        }
        out.flush();
        return 0;
    }
}
