package dev.backease.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The feature packages say what the guide says; they know nothing of HTTP, SQL, JSON or the terminal. */
class FeaturePackagesStayPlainTest {
    private static final String[] FEATURES = {
        "dev.backease.content..", "dev.backease.screening..", "dev.backease.planning..",
        "dev.backease.session..", "dev.backease.journal..", "dev.backease.account.."
    };
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.backease");
    }

    @Test
    void feature_packages_do_not_depend_on_adapters() {
        ArchRule rule = noClasses().that().resideInAnyPackage(FEATURES)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.backease.web..", "dev.backease.store..", "dev.backease.cli..", "dev.backease.json..")
                .because("adapters depend on features, never the other way round");
        rule.check(classes);
    }

    @Test
    void feature_packages_import_no_framework() {
        ArchRule rule = noClasses().that().resideInAnyPackage(FEATURES)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.javalin..", "gg.jte..", "com.fasterxml..", "picocli..", "org.jdbi..", "org.flywaydb..",
                        "com.zaxxer..", "java.sql..", "javax.sql..", "org.slf4j..", "ch.qos..", "org.springframework..", "org.bouncycastle..",
                        "jakarta..", "org.eclipse..")
                .because("the feature packages are plain Java: records, sealed interfaces and rules");
        rule.check(classes);
    }

    @Test
    void feature_packages_do_not_read_the_system_clock_directly() {
        ArchRule rule = noClasses().that().resideInAnyPackage(FEATURES)
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("time comes from an injected Clock so that rules can be tested at any moment");
        rule.check(classes);
    }
}
