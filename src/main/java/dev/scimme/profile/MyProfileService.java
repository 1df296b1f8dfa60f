package dev.scimme.profile;

import dev.scimme.security.SessionTokenService;
import dev.scimme.security.SessionTokens;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * The signed-in user's own SCIM profile, for the views: it takes the current session's tokens
 * and asks {@link ScimMeClient}. Loads either on the calling thread ({@code /server-profile}) or
 * on a virtual thread ({@code /client-profile}), so a slow API holds no UI lock and no pooled thread.
 */
@Service
public class MyProfileService implements DisposableBean {

    private static final ProfileResult NOT_SIGNED_IN = new ProfileResult.Failed(
            new ProfileFailure(ProfileFailure.Kind.NOT_SIGNED_IN, 0, null, "no signed-in session with tokens"));

    private final SessionTokenService sessionTokens;
    private final ScimMeClient client;
    private final ExecutorService background = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("scim-me-", 0).factory());

    MyProfileService(SessionTokenService sessionTokens, ScimMeClient client) {
        this.sessionTokens = sessionTokens;
        this.client = client;
    }

    /** Loads the profile now, on this thread. Call it on a request or UI thread. */
    public ProfileResult load() {
        return sessionTokens.currentSession().map(client::fetchProfile).orElse(NOT_SIGNED_IN);
    }

    /**
     * Starts loading the profile in the background and hands the result to {@code whenDone}, on the
     * background thread. Call it on a request or UI thread: the session is captured there.
     * Cancelling the returned future (with interruption) abandons the call; {@code whenDone} is then
     * not called.
     */
    public Future<?> loadInBackground(Consumer<ProfileResult> whenDone) {
        var session = sessionTokens.currentSession();
        return background.submit(() -> {
            ProfileResult result = session.map(this::fetch).orElse(NOT_SIGNED_IN);
            if (!Thread.currentThread().isInterrupted()) {
                whenDone.accept(result);
            }
        });
    }

    private ProfileResult fetch(SessionTokens session) {
        return client.fetchProfile(session);
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
