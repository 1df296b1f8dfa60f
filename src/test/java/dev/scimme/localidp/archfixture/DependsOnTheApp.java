package dev.scimme.localidp.archfixture;

import dev.scimme.security.SecurityConfiguration;

/** Breaks "the embedded IdP depends on nothing of the app". */
public class DependsOnTheApp {

    // A class, not a constant: the compiler copies constants, leaving no dependency to see.
    public Class<?> app() {
        return SecurityConfiguration.class;
    }
}
