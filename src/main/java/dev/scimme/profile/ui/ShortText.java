package dev.scimme.profile.ui;

/**
 * How much of an API value a person is shown. The SCIM API decides how long a value is; a
 * 10 000-character name would fill the screen and hide everything below it. Values are cut at a
 * character boundary (never inside a surrogate pair), and the cut says how much was left out.
 */
final class ShortText {

    /** Longer than any real name or address, short enough to keep the card readable. */
    static final int MAX_CHARACTERS = 500;
    /** More addresses than anyone has; the rest are counted, not listed. */
    static final int MAX_EMAILS = 20;

    static final String FIRST_STRONG_ISOLATE = "\u2068";
    static final String POP_DIRECTIONAL_ISOLATE = "\u2069";

    private ShortText() {}

    static String of(String value) {
        int length = value.codePointCount(0, value.length());
        if (length <= MAX_CHARACTERS) {
            return value;
        }
        int end = value.offsetByCodePoints(0, MAX_CHARACTERS);
        // Isolated (FSI … PDI): a right-to-left override in the value must not reverse the note after it.
        return FIRST_STRONG_ISOLATE + value.substring(0, end) + POP_DIRECTIONAL_ISOLATE + "… ("
                + (length - MAX_CHARACTERS) + " more characters)";
    }

    static String moreEmails(int hidden) {
        return "… and " + hidden + " more " + (hidden == 1 ? "address" : "addresses");
    }
}
