package org.claimgraph.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Package rules of the contract: pure-Java extract and matrix, no cycles between packages. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.claimgraph");
    }

    @Test
    void extractImportsNoJena() {
        noClasses()
                .that()
                .resideInAPackage("org.claimgraph.extract..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.jena..")
                .check(classes);
    }

    @Test
    void matrixImportsNoJena() {
        noClasses()
                .that()
                .resideInAPackage("org.claimgraph.matrix..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.jena..")
                .check(classes);
    }

    @Test
    void writebackImportsNoJenaAndReadsNotesOnlyThroughExtract() {
        noClasses()
                .that()
                .resideInAPackage("org.claimgraph.writeback..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.apache.jena..",
                        "org.claimgraph.rdf..",
                        "org.claimgraph.store..",
                        "org.claimgraph.validate..",
                        "org.claimgraph.server..",
                        "org.claimgraph.cli..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.claimgraph.extract..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.claimgraph.writeback..")
                .check(classes);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("org.claimgraph.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void dataFlowsLeftToRight() {
        // extract knows nothing of rdf/store/cli; rdf knows nothing of store/cli; store knows nothing of cli
        noClasses()
                .that()
                .resideInAPackage("org.claimgraph.extract..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.claimgraph.rdf..", "org.claimgraph.store..", "org.claimgraph.cli..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.claimgraph.rdf..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.claimgraph.store..", "org.claimgraph.cli..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.claimgraph.store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.claimgraph.cli..")
                .check(classes);
    }

    @Test
    void historySitsAfterStore() {
        // store → history → validate/sparql/server/export/cli: store calls the history step only through ChangeStep
        noClasses()
                .that()
                .resideInAnyPackage("org.claimgraph.extract..", "org.claimgraph.rdf..", "org.claimgraph.store..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.claimgraph.history..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.claimgraph.history..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.claimgraph.validate..",
                        "org.claimgraph.sparql..",
                        "org.claimgraph.server..",
                        "org.claimgraph.export..",
                        "org.claimgraph.cli..")
                .check(classes);
    }
}
