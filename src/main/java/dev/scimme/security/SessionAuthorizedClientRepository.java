package dev.scimme.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;

/**
 * Where Spring's sign-in puts the tokens: this HTTP session, and nowhere else. Spring Security's
 * default for signed-in users ({@code AuthenticatedPrincipalOAuth2AuthorizedClientRepository} over an
 * {@code InMemoryOAuth2AuthorizedClientService}, which Spring Boot also configures) keys tokens by
 * registration id and principal name in one application-wide map: two sessions of one user would
 * share (and overwrite) each other's tokens, and tokens would outlive their sessions. Spring's
 * {@code HttpSessionOAuth2AuthorizedClientRepository} keeps them in the session but replaces the
 * stored client on every save, so a background thread holding it would not see a refresh; here the
 * session holds one {@link SessionTokenHolder} for its lifetime, which every thread shares.
 */
class SessionAuthorizedClientRepository implements OAuth2AuthorizedClientRepository {

    @Override
    @SuppressWarnings("unchecked")
    public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(
            String clientRegistrationId, @Nullable Authentication principal, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null
                || !(session.getAttribute(SessionTokenHolder.ATTRIBUTE) instanceof SessionTokenHolder holder)) {
            return null;
        }
        OAuth2AuthorizedClient client = holder.client();
        return client != null
                        && client.getClientRegistration().getRegistrationId().equals(clientRegistrationId)
                ? (T) client
                : null;
    }

    @Override
    public void saveAuthorizedClient(
            OAuth2AuthorizedClient authorizedClient,
            @Nullable Authentication principal,
            HttpServletRequest request,
            HttpServletResponse response) {
        HttpSession session = request.getSession();
        if (session.getAttribute(SessionTokenHolder.ATTRIBUTE) instanceof SessionTokenHolder holder) {
            holder.replace(authorizedClient);
        } else {
            session.setAttribute(SessionTokenHolder.ATTRIBUTE, new SessionTokenHolder(authorizedClient));
        }
    }

    @Override
    public void removeAuthorizedClient(
            String clientRegistrationId,
            @Nullable Authentication principal,
            HttpServletRequest request,
            HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SessionTokenHolder.ATTRIBUTE);
        }
    }
}
