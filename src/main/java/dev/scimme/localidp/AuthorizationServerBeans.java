package dev.scimme.localidp;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * The authorization server's model: its issuer, signing key, the app as its one client, and what goes
 * into tokens. Lite {@code @Bean} methods, deliberately not a {@code @Configuration}: see {@link LocalIdpServer}.
 */
final class AuthorizationServerBeans {

    /** The app's registration id at the IdP is part of its callback path. */
    static final String CALLBACK_PATH = "/login/oauth2/code/asgardeo";

    static final String INTERNAL_LOGIN_SCOPE = "internal_login";

    @Bean
    AuthorizationServerSettings authorizationServerSettings(LocalIdpIdentity identity) {
        // A fixed issuer: otherwise it follows each request's host, and "localhost" vs "127.0.0.1"
        // would give tokens the app rejects.
        return AuthorizationServerSettings.builder().issuer(identity.issuer()).build();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(
            LocalIdpIdentity identity,
            LocalIdpSettings settings,
            PasswordEncoder passwordEncoder,
            AccessControls controls) {
        RegisteredClient.Builder app = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(identity.clientId())
                .clientName("SCIM Me (local)")
                .clientSecret(passwordEncoder.encode(identity.clientSecret()))
                // Confidential on purpose: Spring Authorization Server gives public clients no refresh token.
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                // Loopback IP: RFC 8252 section 7.3 lets the port vary, which random test ports need.
                .redirectUri("http://127.0.0.1" + CALLBACK_PATH)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(OidcScopes.EMAIL)
                .scope(INTERNAL_LOGIN_SCOPE)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(settings.accessTokenLifetime())
                        .refreshTokenTimeToLive(settings.refreshTokenLifetime())
                        .reuseRefreshTokens(false)
                        .build());
        for (String baseUrl : settings.appBaseUrls()) {
            app.redirectUri(baseUrl + CALLBACK_PATH);
            app.postLogoutRedirectUri(baseUrl + "/");
        }
        return new ConsentSwitchingClientRepository(new InMemoryRegisteredClientRepository(app.build()), controls);
    }

    @Bean
    JWKSource<SecurityContext> jwkSource() {
        KeyPair keyPair = newRsaKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) keyPair.getPublic())
                .privateKey((RSAPrivateKey) keyPair.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** Validates the IdP's own access tokens, for UserInfo and {@code /scim2/Me}. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, LocalIdpIdentity identity, AccessControls controls) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(jwkSource).build();
        OAuth2TokenValidator<Jwt> notRevoked = jwt -> controls.isRevoked(jwt.getSubject(), jwt.getIssuedAt())
                ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token was revoked", null))
                : OAuth2TokenValidatorResult.success();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(identity.issuer()), notRevoked));
        return decoder;
    }

    /**
     * Puts the user's profile into the ID token; access tokens keep {@code sub} and {@code scope} only,
     * with {@code internal_login} added to an app that did not ask for it unless it is optional
     * ({@link AccessControls#internalLoginOptional(boolean)}). One customizer: the authorization
     * server takes a single bean of this type.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tokenClaims(LocalUsers users, AccessControls controls) {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                users.claims(context.getPrincipal().getName(), context.getAuthorizedScopes())
                        .forEach(context.getClaims()::claim);
            } else if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
                    && !controls.internalLoginOptional()
                    && !requested(context).contains(INTERNAL_LOGIN_SCOPE)) {
                Set<String> scopes = new LinkedHashSet<>(context.getAuthorizedScopes());
                scopes.add(INTERNAL_LOGIN_SCOPE);
                context.getClaims().claim(OAuth2ParameterNames.SCOPE, scopes);
            }
        };
    }

    /** The scopes of the authorization request behind this token (for a refresh, of the original sign-in). */
    private static Set<String> requested(JwtEncodingContext context) {
        OAuth2Authorization authorization = context.getAuthorization();
        OAuth2AuthorizationRequest request =
                authorization == null ? null : authorization.getAttribute(OAuth2AuthorizationRequest.class.getName());
        return request == null ? context.getAuthorizedScopes() : request.getScopes();
    }

    private static KeyPair newRsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is missing from this JVM", e);
        }
    }
}
