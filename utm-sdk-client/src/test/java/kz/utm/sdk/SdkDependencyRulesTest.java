package kz.utm.sdk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * utm-geofence (and the utm-core it brings) is an optional dependency of the SDK, used by the
 * route pre-check only: no other class of the SDK may refer to them, nor to the pre-check, so
 * that an application without utm-geofence never loads a class that needs it.
 */
class SdkDependencyRulesTest {

    private static final JavaClasses SDK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kz.utm.sdk");

    @Test
    void onlyThePreCheckRefersToUtmGeofenceOrUtmCore() {
        noClasses().that().resideOutsideOfPackage("kz.utm.sdk.precheck..")
                .should().dependOnClassesThat().resideInAnyPackage("kz.utm.geofence..", "kz.utm.core..")
                .because("utm-geofence is optional: only the pre-check may need it")
                .check(SDK);
    }

    @Test
    void nothingElseOfTheSdkRefersToThePreCheck() {
        noClasses().that().resideOutsideOfPackage("kz.utm.sdk.precheck..")
                .should().dependOnClassesThat().resideInAPackage("kz.utm.sdk.precheck..")
                .because("loading the SDK must not load the pre-check, which needs utm-geofence")
                .check(SDK);
    }
}
