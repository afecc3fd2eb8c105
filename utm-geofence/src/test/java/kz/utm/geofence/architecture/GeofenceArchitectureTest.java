package kz.utm.geofence.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Keeps utm-geofence to the dependencies DESIGN.md allows it. */
class GeofenceArchitectureTest {

    private static JavaClasses geofence;

    @BeforeAll
    static void importMainClasses() {
        geofence = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kz.utm.geofence");
    }

    @Test
    void dependsOnlyOnTheJdkTheCoreJtsAndJackson() {
        assertThat(geofence.size()).as("main classes imported").isGreaterThan(5);
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "kz.utm.core..", "kz.utm.geofence..", "org.locationtech.jts..",
                        "com.fasterxml.jackson..")
                .check(geofence);
    }

    @Test
    void onlyTheCodecsUseJackson() {
        noClasses().that().resideOutsideOfPackage("kz.utm.geofence.codec..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .because("Jackson is for the zone-format codecs only")
                .check(geofence);
    }

    @Test
    void neverDependsOnTheInMemoryAdaptersOrLogs() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("kz.utm.core.memory..", "org.slf4j..")
                .check(geofence);
    }
}
