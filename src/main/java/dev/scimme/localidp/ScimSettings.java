package dev.scimme.localidp;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Start values of the {@link ScimBehaviour} switches.
 *
 * @param emails how {@code emails} are rendered
 * @param delay how long {@code /scim2/Me} waits before answering; zero for no wait
 * @param forcedStatus an HTTP status {@code /scim2/Me} answers with instead of the user; 0 for off
 * @param readOnly attribute paths made {@code readOnly} in {@code /Schemas} and refused by {@code PATCH}
 * @param pendingEmail a {@code PATCH} that adds an e-mail address succeeds but the address waits for
 *     verification, out of the resource
 * @param refuseSchemas {@code /Schemas} answers 403
 * @param patchSupported {@code PATCH /scim2/Me} is offered; when false it answers 501
 */
public record ScimSettings(
        EmailShape emails,
        Duration delay,
        int forcedStatus,
        List<String> readOnly,
        boolean pendingEmail,
        boolean refuseSchemas,
        boolean patchSupported) {

    public ScimSettings {
        Objects.requireNonNull(emails, "emails");
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("local-idp.scim.delay must not be negative: " + delay);
        }
        ScimBehaviour.requireForcedStatus(forcedStatus);
        readOnly = readOnly.stream()
                .map(String::trim)
                .filter(path -> !path.isEmpty())
                .toList();
    }

    /** With the editing switches at their standard-conforming values. */
    public ScimSettings(EmailShape emails, Duration delay, int forcedStatus) {
        this(emails, delay, forcedStatus, List.of(), false, false, true);
    }

    /** Standard-conforming answers, immediately. */
    public static ScimSettings defaults() {
        return new ScimSettings(EmailShape.OBJECTS, Duration.ZERO, 0);
    }
}
