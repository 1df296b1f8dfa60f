package dev.scimme.cluster.archfixture;

import org.springframework.security.oauth2.core.OAuth2AccessToken;

/** Breaks "what instances share carries no token". */
public class CarriesAnOAuth2Token {

    private OAuth2AccessToken shared;

    public OAuth2AccessToken shared() {
        return shared;
    }
}
