package org.mvtd.backend;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mvtd.model.testing.SourceHygiene;

/** The backend never reaches up into the app or JavaFX. */
@AnalyzeClasses(packages = "org.mvtd.backend", importOptions = ImportOption.DoNotIncludeTests.class)
class BackendArchitectureTest {

    @ArchTest
    static final ArchRule noJavaFx = noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the helper runs as root without a display");

    @ArchTest
    static final ArchRule onlyTheHelperWritesStdout = noClasses().that().resideOutsideOfPackage("org.mvtd.backend.helper..")
            .should().accessField(System.class, "out")
            .because("the helper's stdout is its protocol channel; everything else logs through slf4j");

    @ArchTest
    static final ArchRule pathOf = noClasses().should()
            .callMethod(java.nio.file.Paths.class, "get", String.class, String[].class).because("we use Path.of");

    @ArchTest
    static final ArchRule kernelPortBelowItsAdapter = noClasses().that().resideInAPackage("org.mvtd.backend.link..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mvtd.backend.rtnl..", "org.mvtd.backend.ip..")
            .because("the planner and applier talk to the typed Kernel port; rtnetlink is its adapter, not the other way round");

    @ArchTest
    static final ArchRule packagesFreeOfCycles = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
            .matching("org.mvtd.backend.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noApp = noClasses().should().dependOnClassesThat().resideInAnyPackage("org.mvtd.app..")
            .because("the app depends on the backend, not the other way round");

    @ArchTest
    static final ArchRule protocolIsShared = noClasses().that().resideInAPackage("org.mvtd.backend.protocol..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mvtd.backend.helper..", "org.mvtd.backend.client..")
            .because("the helper and the client share one codec; it knows neither side");

    @ArchTest
    static final ArchRule linkKnowsNoProtocol = noClasses().that().resideInAPackage("org.mvtd.backend.link..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mvtd.backend.protocol..", "org.mvtd.backend.helper..",
                    "org.mvtd.backend.client..")
            .because("planning and applying are below the wire: errors are PlanException reasons, mapped by the helper");

    @Test
    void mainCodeCarriesNoIssueNumbers() throws IOException {
        SourceHygiene.assertNoIssueMarkers();
    }

    @Test
    void noMainClassIsOver400Lines() throws IOException {
        SourceHygiene.assertNoClassLongerThan(400);
    }
}
