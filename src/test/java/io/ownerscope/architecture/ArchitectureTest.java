package io.ownerscope.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The boundaries between capability packages: no cycles, no reach into another's internals. */
class ArchitectureTest {

    private static final String[] FORMATS = {"csv", "mapped", "ftm", "bods", "gleif", "ofac", "un"};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.ownerscope");
    }

    @Test
    void capabilityPackagesFormNoCycle() {
        slices().matching("io.ownerscope.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void thePackagesInsideLoadingFormNoCycle() {
        slices().matching("io.ownerscope.loading.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void aReaderDependsOnTheLoadingContractOnlyNotOnAnotherFormat() {
        for (var format : FORMATS) {
            var others = java.util.Arrays.stream(FORMATS).filter(f -> !f.equals(format))
                    .map(f -> "io.ownerscope.loading." + f + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("io.ownerscope.loading." + format + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .orShould().dependOnClassesThat().resideInAnyPackage("io.ownerscope.loading.command..",
                            "io.ownerscope.loading.offline..")
                    .check(classes);
        }
    }

    @Test
    void theLoadingContractKnowsNoFormat() {
        noClasses().that().resideInAPackage("io.ownerscope.loading")
                .should().dependOnClassesThat().resideInAnyPackage(java.util.Arrays.stream(FORMATS)
                        .map(f -> "io.ownerscope.loading." + f + "..").toArray(String[]::new))
                .check(classes);
    }

    @Test
    void noOtherCapabilityReachesIntoAFormatPackage() {
        noClasses().that().resideOutsideOfPackage("io.ownerscope.loading..")
                .should().dependOnClassesThat().resideInAnyPackage(java.util.Arrays.stream(FORMATS)
                        .map(f -> "io.ownerscope.loading." + f + "..").toArray(String[]::new))
                .check(classes);
    }

    @Test
    void commandsDoNotImportTheCommandLineBack() {
        noClasses().that().resideOutsideOfPackage("io.ownerscope.cli..").and()
                .doNotHaveFullyQualifiedName("io.ownerscope.OwnerscopeApplication")
                .should().dependOnClassesThat().resideInAPackage("io.ownerscope.cli..")
                .check(classes);
    }

    @Test
    void onlyThePipelineOrdersWhatRunsAfterALoad() {
        noClasses().that().resideOutsideOfPackage("io.ownerscope.pipeline..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.core.annotation.Order")
                .check(classes);
    }

    @Test
    void analysesKnowNothingOfAccessControl() {
        noClasses().that().resideOutsideOfPackages("io.ownerscope.security..", "io.ownerscope.audit..")
                .should().dependOnClassesThat().resideInAnyPackage("io.ownerscope.security..",
                        "org.springframework.security..")
                .check(classes);
    }

    @Test
    void theAuditTrailIsWrittenByTheServiceOnly() {
        noClasses().that().resideOutsideOfPackages("io.ownerscope.audit..", "io.ownerscope.security..",
                        "io.ownerscope.benchmark..")
                .should().dependOnClassesThat().resideInAPackage("io.ownerscope.audit..")
                .check(classes);
    }
}
