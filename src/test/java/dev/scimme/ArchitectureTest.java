package dev.scimme;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.scimme.archfixture.CallsTheScimClientDirectly;
import dev.scimme.archfixture.DependsOnTheEmbeddedIdp;
import dev.scimme.archfixture.ReadsATokenByCall;
import dev.scimme.archfixture.ReadsATokenByReference;
import dev.scimme.archfixture.cycle.a.First;
import dev.scimme.archfixture.cycle.b.Second;
import dev.scimme.cluster.archfixture.CarriesAnOAuth2Token;
import dev.scimme.localidp.archfixture.DependsOnTheApp;
import dev.scimme.security.archfixture.DependsOnAView;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.oauth2.core.AbstractOAuth2Token;

/**
 * The rules between features, checked against the product; and each rule checked once against code
 * that breaks it on purpose ({@code dev.scimme.archfixture} and the other test-only
 * {@code archfixture} packages), so that no rule here passes because it cannot fail.
 */
class ArchitectureTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.scimme");

    static final ArchRule NOTHING_DEPENDS_ON_THE_EMBEDDED_IDP = noClasses()
            .that()
            .resideOutsideOfPackage("dev.scimme.localidp..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.scimme.localidp..");

    static final ArchRule THE_EMBEDDED_IDP_DEPENDS_ON_NOTHING_OF_THE_APP = noClasses()
            .that()
            .resideInAPackage("dev.scimme.localidp..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.scimme.security..", "dev.scimme.profile..", "dev.scimme.base..", "dev.scimme.settings..");

    static final ArchRule SERVICES_DO_NOT_DEPEND_ON_VIEWS = noClasses()
            .that()
            .resideInAnyPackage(
                    "dev.scimme.security..", "dev.scimme.profile", "dev.scimme.profile.edit..", "dev.scimme.settings..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.scimme.profile.ui..", "dev.scimme.base.ui..");

    /** Views ask {@code MyProfileService}, which owns loading in the background and cancelling. */
    static final ArchRule ONLY_THE_PROFILE_PACKAGE_USES_THE_SCIM_CLIENT = noClasses()
            .that()
            .resideOutsideOfPackage("dev.scimme.profile")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("dev.scimme.profile.ScimMeClient");

    /** Calls and method references alike, on any token type (access, refresh, ID token). */
    static final ArchRule ONLY_THE_BEARER_TOKEN_INTERCEPTOR_READS_A_RAW_TOKEN_VALUE = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("dev.scimme.profile.BearerTokenInterceptor")
            .should()
            .accessTargetWhere(DescribedPredicate.describe(
                    "reads a raw token value",
                    (JavaAccess<?> access) -> access.getName().equals("getTokenValue")
                            && access.getTargetOwner().isAssignableTo(AbstractOAuth2Token.class)));

    /**
     * What instances share through Redis is built from claims in {@code security}; the cluster
     * package never sees a token (nor the security package, whose classes hold them).
     */
    static final ArchRule WHAT_INSTANCES_SHARE_CARRIES_NO_TOKEN = noClasses()
            .that()
            .resideInAPackage("dev.scimme.cluster..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.security.oauth2..", "dev.scimme.security..");

    static ArchRule featuresAreFreeOfCycles(String rootPackage) {
        return slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles();
    }

    @Test
    void nothing_depends_on_the_embedded_development_idp() {
        NOTHING_DEPENDS_ON_THE_EMBEDDED_IDP.check(PRODUCT);
    }

    @Test
    void the_embedded_idp_depends_on_nothing_of_the_app() {
        THE_EMBEDDED_IDP_DEPENDS_ON_NOTHING_OF_THE_APP.check(PRODUCT);
    }

    @Test
    void services_do_not_depend_on_views() {
        SERVICES_DO_NOT_DEPEND_ON_VIEWS.check(PRODUCT);
    }

    @Test
    void only_the_profile_package_uses_the_scim_client() {
        ONLY_THE_PROFILE_PACKAGE_USES_THE_SCIM_CLIENT.check(PRODUCT);
    }

    @Test
    void only_the_bearer_token_interceptor_reads_a_raw_token_value() {
        ONLY_THE_BEARER_TOKEN_INTERCEPTOR_READS_A_RAW_TOKEN_VALUE.check(PRODUCT);
    }

    @Test
    void what_instances_share_carries_no_token() {
        WHAT_INSTANCES_SHARE_CARRIES_NO_TOKEN.check(PRODUCT);
    }

    @Test
    void features_depend_on_each_other_without_cycles() {
        featuresAreFreeOfCycles("dev.scimme").check(PRODUCT);
    }

    static Stream<Arguments> rulesAndCodeThatBreaksThem() {
        return Stream.of(
                Arguments.of(NOTHING_DEPENDS_ON_THE_EMBEDDED_IDP, DependsOnTheEmbeddedIdp.class),
                Arguments.of(THE_EMBEDDED_IDP_DEPENDS_ON_NOTHING_OF_THE_APP, DependsOnTheApp.class),
                Arguments.of(SERVICES_DO_NOT_DEPEND_ON_VIEWS, DependsOnAView.class),
                Arguments.of(ONLY_THE_PROFILE_PACKAGE_USES_THE_SCIM_CLIENT, CallsTheScimClientDirectly.class),
                Arguments.of(ONLY_THE_BEARER_TOKEN_INTERCEPTOR_READS_A_RAW_TOKEN_VALUE, ReadsATokenByReference.class),
                Arguments.of(ONLY_THE_BEARER_TOKEN_INTERCEPTOR_READS_A_RAW_TOKEN_VALUE, ReadsATokenByCall.class),
                Arguments.of(WHAT_INSTANCES_SHARE_CARRIES_NO_TOKEN, CarriesAnOAuth2Token.class));
    }

    @ParameterizedTest
    @MethodSource("rulesAndCodeThatBreaksThem")
    void each_rule_fails_on_code_that_breaks_it(ArchRule rule, Class<?> breaker) {
        JavaClasses breaking = new ClassFileImporter().importClasses(breaker);

        assertThatThrownBy(() -> rule.check(breaking))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(breaker.getName());
    }

    @Test
    void the_cycle_rule_fails_on_two_features_that_use_each_other() {
        JavaClasses breaking = new ClassFileImporter().importClasses(First.class, Second.class);

        assertThatThrownBy(() ->
                        featuresAreFreeOfCycles("dev.scimme.archfixture.cycle").check(breaking))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected");
        assertThat(breaking).hasSize(2);
    }
}
