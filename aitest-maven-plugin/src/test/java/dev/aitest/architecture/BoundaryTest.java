package dev.aitest.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundary the build enforces: Maven's APIs stay in {@code dev.aitest.maven} (the Mojos and their adapters) and
 * {@code dev.aitest.site} (the site report, which must live outside the package the build extension exports), the
 * domain around it imports nothing from Maven, Plexus or the resolver, nothing depends on the Maven package, and
 * the packages have no cycles.
 */
class BoundaryTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.aitest");
    }

    @Test
    void theDomainImportsNothingFromMaven() {
        noClasses().that().resideInAPackage("dev.aitest..").and().resideOutsideOfPackage("dev.aitest.maven..")
                .and().resideOutsideOfPackage("dev.aitest.site..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.codehaus..",
                        "org.eclipse.aether..", "org.sonatype..")
                .because("domain logic lives in plain classes that are unit-tested without Maven")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheMavenAdapters() {
        noClasses().that().resideInAPackage("dev.aitest..").and().resideOutsideOfPackage("dev.aitest.maven..")
                .should().dependOnClassesThat().resideInAPackage("dev.aitest.maven..")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheSiteReportAdapter() {
        // dev.aitest.site is the site report's Maven adapter, kept outside dev.aitest.maven (see its package-info)
        noClasses().that().resideInAPackage("dev.aitest..").and().resideOutsideOfPackage("dev.aitest.site..")
                .should().dependOnClassesThat().resideInAPackage("dev.aitest.site..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.aitest.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheOpenAiClientTouchesTheSdk() {
        noClasses().that().resideInAPackage("dev.aitest..").and().resideOutsideOfPackage("dev.aitest.ai.openai..")
                .should().dependOnClassesThat().resideInAnyPackage("com.openai..", "kotlin..", "okhttp3..")
                .because("the SDK is loaded only when a summary is asked for, in a class loader of its own")
                .check(classes);
    }

    @Test
    void theAiSummaryAndTheReportsAreSideBySide() {
        // both present the facts view; the AI text is cleaned in facts, so neither needs the other
        noClasses().that().resideInAPackage("dev.aitest.ai..")
                .should().dependOnClassesThat().resideInAPackage("dev.aitest.report..")
                .because("the AI input and answer are built from the facts view, not from a report")
                .check(classes);
    }
}
