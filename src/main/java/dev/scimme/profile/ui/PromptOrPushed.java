package dev.scimme.profile.ui;

import dev.scimme.profile.ProfileResult;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A profile loaded in the background, delivered once: in the answer to the request that started the load
 * when it comes within a grace ({@link ProfilePace}: a fast API), by push otherwise. A profile handed to {@code UI.access}
 * while the request still holds the session goes out only after that answer, by push, and on a return to
 * {@code /client-profile} the push connection is still opening then (figure 2 of {@code
 * docs/benchmarks.md}): a fast answer waited for it.
 */
final class PromptOrPushed {

    private static final int WAITING = 0;
    private static final int HANDED_OVER = 1;
    private static final int DELIVERED = 2;

    private final CompletableFuture<ProfileResult> answer = new CompletableFuture<>();
    private final AtomicInteger state = new AtomicInteger(WAITING);
    private final Duration grace;
    private final Consumer<ProfileResult> push;

    /**
     * @param grace how long {@link #awaitPrompt} waits
     * @param push delivers a late profile; called at most once, on the background thread
     */
    PromptOrPushed(Duration grace, Consumer<ProfileResult> push) {
        this.grace = grace;
        this.push = push;
    }

    /** The background load's callback. */
    void arrived(ProfileResult result) {
        answer.complete(result);
        if (state.compareAndSet(HANDED_OVER, DELIVERED)) {
            push.accept(result);
        }
    }

    /**
     * On the request thread, right after the load started: the profile if it came within the grace (it is
     * then not pushed), otherwise empty, and {@link #arrived} pushes it when it comes.
     */
    Optional<ProfileResult> awaitPrompt() {
        try {
            ProfileResult result = answer.get(grace.toNanos(), TimeUnit.NANOSECONDS);
            state.set(DELIVERED);
            return Optional.of(result);
        } catch (TimeoutException slowApi) {
            // Pushed when it comes (below: unless it came in the meantime).
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException never) {
            throw new IllegalStateException("the answer is only ever completed with a result", never);
        }
        // Between the timeout and the hand-over the profile may have come; arrived() saw WAITING and left it.
        if (state.compareAndSet(WAITING, HANDED_OVER)
                && answer.isDone()
                && state.compareAndSet(HANDED_OVER, DELIVERED)) {
            return Optional.of(answer.join());
        }
        return Optional.empty();
    }
}
