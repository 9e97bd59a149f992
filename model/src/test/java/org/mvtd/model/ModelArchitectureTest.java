package org.mvtd.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The model is pure: no JavaFX, no backend, no app, no processes, no console. */
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
}
