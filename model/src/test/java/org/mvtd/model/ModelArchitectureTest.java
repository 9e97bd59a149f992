package org.mvtd.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.mvtd.model.testing.SourceHygiene;

/** The model is pure: no JavaFX, no backend, no app, no processes, no console; its packages form no cycles. */
@AnalyzeClasses(packages = "org.mvtd.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelArchitectureTest {

    @ArchTest
    static final ArchRule noJavaFx = noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the model is used headless by the CLI and the helper");

    @ArchTest
    static final ArchRule noUpperLayers = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.mvtd.backend..", "org.mvtd.app..")
            .because("everything depends on the model, the model on nothing of ours");

    @ArchTest
    static final ArchRule noProcesses = noClasses().should().dependOnClassesThat()
            .belongToAnyOf(ProcessBuilder.class, Runtime.class)
            .because("the model spawns no processes");

    @ArchTest
    static final ArchRule noConsole = noClasses().should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("only the CLI prints");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.mvtd.model.(**)").should().beFreeOfCycles()
            .because("a package that needs another which needs it back is one job split in two places");

    @ArchTest
    static final ArchRule editingIsHeadless = noClasses().that().resideInAPackage("org.mvtd.model.edit..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mvtd.app..", "javafx..")
            .because("the editing layer is model logic the CLI and the helper can call");

    @Test
    void mainCodeCarriesNoIssueNumbers() throws IOException {
        SourceHygiene.assertNoIssueMarkers();
    }

    @Test
    void noMainClassIsOver400Lines() throws IOException {
        SourceHygiene.assertNoClassLongerThan(400);
    }
}
