package org.mvtd.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.mvtd.model.testing.SourceHygiene;

/** Headless commands never touch JavaFX; only the command line prints; packages form no cycles. */
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

    @ArchTest
    static final ArchRule liveViewModelsNeedNoStage = noClasses().that().resideInAnyPackage("org.mvtd.app.ui.live",
                    "org.mvtd.app.ui.live.board", "org.mvtd.app.ui.live.connect", "org.mvtd.app.ui.live.plan",
                    "org.mvtd.app.ui.live.discover", "org.mvtd.app.ui.live.verify")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("live mode's view models are tested without a stage; only org.mvtd.app.ui.live.view draws");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.mvtd.app.(**)").should().beFreeOfCycles()
            .because("a package that needs another which needs it back is one job split in two places");

    @Test
    void mainCodeCarriesNoIssueNumbers() throws IOException {
        SourceHygiene.assertNoIssueMarkers();
    }

    @Test
    void noMainClassIsOver400Lines() throws IOException {
        SourceHygiene.assertNoClassLongerThan(400);
    }
}
