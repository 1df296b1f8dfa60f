package dev.scimme.localidp;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;

/** The registered app, with the consent screen on or off as {@link AccessControls} says at the time of each request. */
final class ConsentSwitchingClientRepository implements RegisteredClientRepository {

    private final RegisteredClientRepository delegate;
    private final AccessControls controls;

    ConsentSwitchingClientRepository(RegisteredClientRepository delegate, AccessControls controls) {
        this.delegate = delegate;
        this.controls = controls;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        delegate.save(registeredClient);
    }

    @Override
    public @Nullable RegisteredClient findById(String id) {
        return withConsentSetting(delegate.findById(id));
    }

    @Override
    public @Nullable RegisteredClient findByClientId(String clientId) {
        return withConsentSetting(delegate.findByClientId(clientId));
    }

    private @Nullable RegisteredClient withConsentSetting(@Nullable RegisteredClient client) {
        if (client == null) {
            return null;
        }
        return RegisteredClient.from(client)
                .clientSettings(
                        ClientSettings.withSettings(client.getClientSettings().getSettings())
                                .requireAuthorizationConsent(controls.consentRequired())
                                .build())
                .build();
    }
}
