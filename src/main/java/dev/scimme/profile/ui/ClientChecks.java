package dev.scimme.profile.ui;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the edit form checks before it sends anything, and the words of each check: a request the
 * server would refuse for these reasons is not worth a round trip, and the user learns at once which
 * field to fix. The server still checks everything again.
 */
final class ClientChecks {

    /** Longer than any real name or address; SCIM servers commonly refuse more. */
    static final int MAX_LENGTH = 256;

    static final String REQUIRED = "Enter a value: it is required.";
    static final String TOO_LONG = "Use at most " + MAX_LENGTH + " characters.";
    static final String NOT_AN_EMAIL = "Enter an e-mail address such as name@example.com.";
    static final String EMPTY_ENTRY = "Enter a value, or remove this entry.";
    static final String ONE_PRIMARY = "Choose at most one primary e-mail address.";

    /**
     * One {@code @}, something before it, a domain with a dot after it, no spaces: what every mail
     * server can take. Stricter rules (RFC 5321 in full) belong to the server.
     */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private ClientChecks() {}

    static Optional<String> attribute(String value, boolean required) {
        if (required && value.isBlank()) {
            return Optional.of(REQUIRED);
        }
        return length(value);
    }

    static Optional<String> email(String value) {
        if (value.isBlank()) {
            return Optional.of(EMPTY_ENTRY);
        }
        return length(value)
                .or(() -> EMAIL.matcher(value.strip()).matches() ? Optional.empty() : Optional.of(NOT_AN_EMAIL));
    }

    static Optional<String> phoneNumber(String value) {
        return value.isBlank() ? Optional.of(EMPTY_ENTRY) : length(value);
    }

    private static Optional<String> length(String value) {
        return value.codePointCount(0, value.length()) > MAX_LENGTH ? Optional.of(TOO_LONG) : Optional.empty();
    }
}
