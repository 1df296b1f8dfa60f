package dev.scimme.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;

/**
 * Where Spring's sign-in puts the tokens: this HTTP session, and nowhere else. Spring's default is
 * keyed by principal name, so two sessions of one user would share (and overwrite) each other's
 * tokens, and tokens would outlive their sessions.
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
