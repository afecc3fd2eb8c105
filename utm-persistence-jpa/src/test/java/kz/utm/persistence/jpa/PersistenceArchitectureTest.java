package kz.utm.persistence.jpa;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Keeps the adapter what DESIGN.md says it is: written against the Jakarta Persistence API,
 * with the provider (Hibernate ORM) and the JDBC drivers a run-time matter only; the one
 * exception, the PostgreSQL driver's COPY API for telemetry, stays in one class.
 */
class PersistenceArchitectureTest {

    private static JavaClasses adapter;

    @BeforeAll
    static void importMainClasses() {
        adapter = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kz.utm.persistence.jpa");
    }

    @Test
    void usesTheJakartaPersistenceApiAndNoProviderOrDriver() {
        assertThat(adapter.size()).as("main classes imported").isGreaterThan(15);
        classes().that().doNotHaveSimpleName("CopyTelemetryRows").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax.sql..", "jakarta.persistence..", "org.flywaydb.core..",
                        "com.zaxxer.hikari..", "kz.utm.core..", "kz.utm.geofence.codec..",
                        "kz.utm.persistence.jpa..")
                .because("the main code codes against jakarta.persistence only: Hibernate, H2 and the PostgreSQL"
                        + " driver are run-time dependencies")
                .check(adapter);
    }

    @Test
    void onlyTheCopyOfTelemetryKnowsThePostgreSqlDriverAndOnlyItsCopyApi() {
        classes().that().haveSimpleName("CopyTelemetryRows").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.postgresql", "org.postgresql.copy", "kz.utm.core..",
                        "kz.utm.persistence.jpa")
                .because("the driver is an optional dependency, reached only for COPY; see Database.telemetryRows")
                .check(adapter);
        noClasses().that().doNotHaveSimpleName("CopyTelemetryRows")
                .should().dependOnClassesThat().resideInAPackage("org.postgresql..")
                .check(adapter);
    }

    @Test
    void entitiesKnowNothingOfTheRepositories() {
        noClasses().that().resideInAPackage("kz.utm.persistence.jpa.entity..")
                .should().dependOnClassesThat().resideInAPackage("kz.utm.persistence.jpa")
                .check(adapter);
    }

    @Test
    void onlyTheStorageOpensConnectionPools() {
        noClasses().that().doNotHaveSimpleName("JpaStorage")
                .should().dependOnClassesThat().resideInAPackage("com.zaxxer.hikari..")
                .check(adapter);
    }
}
