package dev.scimme;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AbstractOAuth2Token;

/** The raw value of a token is read in one place: where the /Me request's Authorization header is set. */
class TokenReadingRuleTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.scimme");

    @Test
    void only_the_bearer_token_interceptor_reads_a_raw_token_value() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("dev.scimme.profile.BearerTokenInterceptor")
                .should()
                .callMethodWhere(DescribedPredicate.describe(
                        "reads a raw token value",
                        // Any token type: the call's owner is the subclass (OAuth2AccessToken, OidcIdToken…).
                        call -> call.getName().equals("getTokenValue")
                                && call.getTargetOwner().isAssignableTo(AbstractOAuth2Token.class)))
                .check(PRODUCT);
    }
}
