package taizhang;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The arrows of ARCHITECTURE.md as a rule: a stray import fails the build, not a review. */
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("taizhang");

    @Test
    void everyArrowPointsDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("cli").definedBy("taizhang.cli..")
                .layer("serve").definedBy("taizhang.serve..")
                .layer("ui").definedBy("taizhang.ui..")
                .layer("io").definedBy("taizhang.io..")
                .layer("tally").definedBy("taizhang.tally..")
                .layer("reconcile").definedBy("taizhang.reconcile..")
                .layer("storage").definedBy("taizhang.storage..")
                .layer("domain").definedBy("taizhang.domain..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("serve").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("ui").mayOnlyBeAccessedByLayers("cli", "serve")
                .whereLayer("io").mayOnlyBeAccessedByLayers("cli", "ui")
                .whereLayer("tally").mayOnlyBeAccessedByLayers("cli", "ui")
                .whereLayer("reconcile").mayOnlyBeAccessedByLayers("cli", "ui")
                .whereLayer("storage").mayOnlyBeAccessedByLayers("cli", "serve", "ui", "io", "tally", "reconcile")
                .check(classes);
    }

    /** All SQL lives in storage: no other package so much as names JDBC or Jdbi (SPEC 9's one write path). */
    @Test
    void onlyStorageSpeaksSql() {
        noClasses().that().resideOutsideOfPackage("taizhang.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.jdbi..",
                        "org.sqlite..")
                .check(classes);
    }
}
