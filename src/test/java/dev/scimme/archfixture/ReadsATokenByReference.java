package dev.scimme.archfixture;

import java.util.function.Function;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

/** Breaks "only the bearer token interceptor reads a raw token value", with a method reference. */
public class ReadsATokenByReference {

    public Function<OAuth2AccessToken, String> reader() {
        return OAuth2AccessToken::getTokenValue;
    }
}
