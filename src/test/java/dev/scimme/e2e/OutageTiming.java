package dev.scimme.e2e;

/** Mirrors how long the app trusts a positive answer of the IdP (IdentityProviderAvailability.TRUSTED_FOR). */
final class OutageTiming {

    static final long AVAILABILITY_TRUSTED_FOR_MILLIS = 5_500;

    private OutageTiming() {}
}
