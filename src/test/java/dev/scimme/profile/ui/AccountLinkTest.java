package dev.scimme.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import dev.scimme.settings.AsgardeoProperties;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class AccountLinkTest {

    @Test
    void an_asgardeo_organisation_gets_a_link_to_its_my_account_opening_in_a_new_tab_without_opener() {
        Anchor link = AccountLink.of(settings("https://api.asgardeo.io/t/acme/oauth2/token", null))
                .orElseThrow();

        assertThat(link.getHref()).isEqualTo("https://myaccount.asgardeo.io/t/acme");
        assertThat(link.getText()).isEqualTo("Manage your account at Asgardeo");
        assertThat(link.getElement().getAttribute("target")).isEqualTo("_blank");
        assertThat(link.getElement().getAttribute("rel")).isEqualTo("noopener noreferrer");
    }

    @Test
    void another_provider_is_named_by_the_host_of_its_account_page() {
        Anchor link = AccountLink.of(settings("https://idp.example/oauth2/token", "https://account.idp.example/me"))
                .orElseThrow();

        assertThat(link.getText()).isEqualTo("Manage your account at account.idp.example");
    }

    @Test
    void no_account_page_no_link() {
        assertThat(AccountLink.of(settings("https://idp.example/oauth2/token", null)))
                .isEmpty();
    }

    private static AsgardeoProperties settings(String issuer, @Nullable String accountUrl) {
        return new AsgardeoProperties(issuer, "client", null, null, "https://idp.example/scim2/Me", false, accountUrl);
    }
}
