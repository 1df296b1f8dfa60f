package dev.scimme.localidp;

import java.time.Duration;
import java.util.Objects;

/**
 * Start values of the {@link ScimBehaviour} switches.
 *
 * @param emails how {@code emails} are rendered
 * @param delay how long {@code /scim2/Me} waits before answering; zero for no wait
 * @param forcedStatus an HTTP status {@code /scim2/Me} answers with instead of the user; 0 for off
 */
public record ScimSettings(EmailShape emails, Duration delay, int forcedStatus) {

    public ScimSettings {
        Objects.requireNonNull(emails, "emails");
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("local-idp.scim.delay must not be negative: " + delay);
        }
        ScimBehaviour.requireForcedStatus(forcedStatus);
    }

    /** Standard-conforming answers, immediately. */
    public static ScimSettings defaults() {
        return new ScimSettings(EmailShape.OBJECTS, Duration.ZERO, 0);
    }
}
