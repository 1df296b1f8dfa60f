package dev.scimme.security;

import dev.scimme.settings.AsgardeoProperties;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The one client registration, {@value #REGISTRATION_ID}, built from the IdP's discovery document
 * on first use rather than at start-up: the app starts while the IdP is unreachable, and a failed
 * discovery is tried again on the next sign-in instead of being remembered.
 */
class LazyClientRegistrationRepository implements ClientRegistrationRepository {

    static final String REGISTRATION_ID = "asgardeo";

    private final AsgardeoProperties settings;
    private final AtomicReference<@Nullable ClientRegistration> resolved = new AtomicReference<>();

    LazyClientRegistrationRepository(AsgardeoProperties settings) {
        this.settings = settings;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration registration = resolved.get();
        if (registration == null) {
            registration = discover();
            resolved.compareAndSet(null, registration);
        }
        return registration;
    }

    private ClientRegistration discover() {
        ClientRegistration.Builder builder;
        try {
            builder = ClientRegistrations.fromIssuerLocation(settings.issuer());
        } catch (IllegalStateException misconfigured) {
            // Spring refuses a discovery document that names another issuer: not an outage, a wrong
            // setting or a hostile server. It ends on the sign-in error page, not "cannot be reached".
            throw misconfigured;
        } catch (RuntimeException e) {
            throw new IdentityProviderUnavailableException(settings.issuer(), e);
        }
        return builder.registrationId(REGISTRATION_ID)
                .clientId(settings.id())
                .clientSecret(settings.secret())
                .clientAuthenticationMethod(
                        settings.isPublicClient()
                                ? ClientAuthenticationMethod.NONE
                                : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(settings.scopeList())
                .clientSettings(ClientRegistration.ClientSettings.builder()
                        .requireProofKey(true)
                        .build())
                .build();
    }
}
