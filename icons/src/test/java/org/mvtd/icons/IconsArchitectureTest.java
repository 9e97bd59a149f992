package org.mvtd.icons;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The icons are a leaf: no JavaFX (the accessor hands out URLs and streams), nothing of ours, no console. */
@AnalyzeClasses(packages = "org.mvtd.icons", importOptions = ImportOption.DoNotIncludeTests.class)
class IconsArchitectureTest {

    @ArchTest
    static final ArchRule noJavaFx = noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the installer build and headless callers use the icons without JavaFX");

    @ArchTest
    static final ArchRule noOtherModules = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.mvtd.model..", "org.mvtd.backend..", "org.mvtd.app..")
            .because("icons depend on nothing of ours");

    @ArchTest
    static final ArchRule noConsole = noClasses().should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("only the CLI prints");
}
