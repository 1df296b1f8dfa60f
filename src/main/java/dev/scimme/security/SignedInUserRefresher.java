package dev.scimme.security;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

/**
 * Keeps the signed-in user's details (names and email from the ID token) current: when a refresh
 * brings a new ID token, it is validated like the first one and, if it is about the same user,
 * replaces the one in the session's security context.
 */
@Component
class SignedInUserRefresher {

    private static final Logger log = LoggerFactory.getLogger(SignedInUserRefresher.class);

    private final JwtDecoderFactory<ClientRegistration> idTokenDecoders;

    SignedInUserRefresher(JwtDecoderFactory<ClientRegistration> idTokenDecoders) {
        this.idTokenDecoders = idTokenDecoders;
    }

    void update(@Nullable Object sessionContext, ClientRegistration registration, String idTokenValue) {
        if (!(sessionContext instanceof SecurityContext context)
                || !(context.getAuthentication() instanceof OAuth2AuthenticationToken signedIn)
                || !(signedIn.getPrincipal() instanceof OidcUser user)) {
            return;
        }
        Jwt jwt;
        try {
            jwt = idTokenDecoders.createDecoder(registration).decode(idTokenValue);
        } catch (JwtException e) {
            log.warn(
                    "Refreshed identity claims were not accepted; keeping the signed-in user's details: {}",
                    e.getClass().getSimpleName());
            return;
        }
        if (!user.getSubject().equals(jwt.getSubject())) {
            log.warn("Refreshed identity claims name another subject; keeping the signed-in user's details");
            return;
        }
        OidcIdToken idToken = new OidcIdToken(idTokenValue, jwt.getIssuedAt(), jwt.getExpiresAt(), jwt.getClaims());
        OidcUser refreshed = new DefaultOidcUser(user.getAuthorities(), idToken, user.getUserInfo());
        context.setAuthentication(new OAuth2AuthenticationToken(
                refreshed, signedIn.getAuthorities(), signedIn.getAuthorizedClientRegistrationId()));
    }
}
