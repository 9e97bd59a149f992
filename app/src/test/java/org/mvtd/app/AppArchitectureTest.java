package org.mvtd.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Paths;

/** Headless commands never touch JavaFX; only the command line prints. */
@AnalyzeClasses(packages = "org.mvtd.app", importOptions = {ImportOption.DoNotIncludeTests.class,
    ImportOption.DoNotIncludeJars.class})
class AppArchitectureTest {

    @ArchTest
    static final ArchRule cliNeverLoadsJavaFx = noClasses().that().resideInAPackage("org.mvtd.app.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("subcommands run headless and must never initialise JavaFX");

    @ArchTest
    static final ArchRule onlyTheCliPrints = noClasses().that().resideOutsideOfPackage("org.mvtd.app.cli..")
            .should().accessField(System.class, "out")
            .because("the designer logs through slf4j");

    @ArchTest
    static final ArchRule pathOf = noClasses().should().callMethod(Paths.class, "get", String.class, String[].class)
            .because("we use Path.of");
}
