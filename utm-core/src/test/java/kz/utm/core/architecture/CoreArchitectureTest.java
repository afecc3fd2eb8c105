package kz.utm.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Keeps utm-core what DESIGN.md says it is: a pure domain with a short, fixed list of dependencies. */
class CoreArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importMainClasses() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kz.utm.core");
    }

    @Test
    void importsNothingButTheJdkJakartaValidationAndThePasswordHasher() {
        assertThat(core.size()).as("main classes imported").isGreaterThan(50);
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "jakarta.validation..", "com.password4j..", "kz.utm.core..")
                .because("utm-core is the pure domain: no JPA, Jackson, JTS, HTTP or logging")
                .check(core);
    }

    @Test
    void neverReadsTheSystemClockDirectly() {
        noClasses().should().callMethod(Instant.class, "now")
                .because("time comes from the injected java.time.Clock, so that tests and replays control it")
                .check(core);
    }

    @Test
    void featurePackagesDoNotDependOnTheInMemoryAdapters() {
        noClasses().that().resideOutsideOfPackage("kz.utm.core.memory..")
                .should().dependOnClassesThat().resideInAPackage("kz.utm.core.memory..")
                .because("the in-memory adapters are one storage among others, chosen by the embedding program")
                .check(core);
    }

    @Test
    void commonDependsOnNoFeature() {
        noClasses().that().resideInAPackage("kz.utm.core.common..")
                .should().dependOnClassesThat().resideInAnyPackage("kz.utm.core.user..", "kz.utm.core.organization..",
                        "kz.utm.core.drone..", "kz.utm.core.flightplan..", "kz.utm.core.telemetry..",
                        "kz.utm.core.zone..", "kz.utm.core.access..", "kz.utm.core.memory..")
                .check(core);
    }
}
