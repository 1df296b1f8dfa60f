package dev.scimme.localidp;

/**
 * The weak ETag of a user's version ({@code W/"3"}, RFC 7644 section 3.14) and the {@code If-Match}
 * check (RFC 9110 section 13.1.1, weak comparison: SCIM servers tag with weak ETags).
 */
final class EntityTag {

    private EntityTag() {}

    static String of(long version) {
        return "W/\"" + version + "\"";
    }

    /** Whether an {@code If-Match} header value ({@code *} or a list of tags) names this version. */
    static boolean matches(String ifMatch, long version) {
        String wanted = "\"" + version + "\"";
        for (String tag : ifMatch.split(",")) {
            String trimmed = tag.trim();
            if (trimmed.equals("*")) {
                return true;
            }
            String opaque = trimmed.startsWith("W/") ? trimmed.substring(2) : trimmed;
            if (opaque.equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
