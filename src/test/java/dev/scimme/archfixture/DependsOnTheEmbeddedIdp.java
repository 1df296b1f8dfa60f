package dev.scimme.archfixture;

import dev.scimme.localidp.LocalIdentityProvider;

/** Breaks "nothing depends on the embedded development IdP". */
public class DependsOnTheEmbeddedIdp {

    // A class, not a constant: the compiler copies constants, leaving no dependency to see.
    public Class<?> idp() {
        return LocalIdentityProvider.class;
    }
}
