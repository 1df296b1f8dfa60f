package dev.scimme;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rules between features, so they stay true as the code changes. */
class ArchitectureTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.scimme");

    @Test
    void nothing_depends_on_the_embedded_development_idp() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.scimme.localidp..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.scimme.localidp..")
                .check(PRODUCT);
    }

    @Test
    void the_embedded_idp_depends_on_nothing_of_the_app() {
        noClasses()
                .that()
                .resideInAPackage("dev.scimme.localidp..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.scimme.security..", "dev.scimme.profile..", "dev.scimme.base..")
                .check(PRODUCT);
    }

    @Test
    void services_do_not_depend_on_views() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.scimme.security..", "dev.scimme.profile")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.scimme.profile.ui..", "dev.scimme.base.ui..")
                .check(PRODUCT);
    }

    @Test
    void the_profile_client_does_not_know_how_tokens_are_stored_or_refreshed() {
        noClasses()
                .that()
                .resideInAPackage("dev.scimme.profile..")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameStartingWith("SessionTokenHolder")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleName("SessionAuthorizedClientRepository")
                .check(PRODUCT);
    }
}
