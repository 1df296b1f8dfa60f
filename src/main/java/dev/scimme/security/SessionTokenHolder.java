package dev.scimme.security;

import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;
import java.io.Serial;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;

/**
 * The tokens of one HTTP session, kept as a session attribute so they die with it. Background
 * threads keep a reference to this holder, not to the session: when the session ends (sign-out,
 * expiry) the holder is emptied, and every later use sees a signed-out session.
 */
final class SessionTokenHolder implements Serializable, HttpSessionBindingListener {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String ATTRIBUTE = SessionTokenHolder.class.getName();

    private volatile @Nullable OAuth2AuthorizedClient client;

    SessionTokenHolder(OAuth2AuthorizedClient client) {
        this.client = client;
    }

    @Nullable OAuth2AuthorizedClient client() {
        return client;
    }

    void replace(OAuth2AuthorizedClient refreshed) {
        this.client = refreshed;
    }

    void clear() {
        this.client = null;
    }

    @Override
    public void valueUnbound(HttpSessionBindingEvent event) {
        clear();
    }
}
