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

    // live mode (issue 8)
    @ArchTest
    static final ArchRule liveViewModelsNeedNoStage = noClasses().that().resideInAnyPackage("org.mvtd.app.ui.live",
                    "org.mvtd.app.ui.live.board", "org.mvtd.app.ui.live.connect", "org.mvtd.app.ui.live.plan",
                    "org.mvtd.app.ui.live.discover", "org.mvtd.app.ui.live.verify")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("live mode's view models are tested without a stage; only org.mvtd.app.ui.live.view draws");
}
