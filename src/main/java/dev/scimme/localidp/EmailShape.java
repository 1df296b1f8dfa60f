package dev.scimme.localidp;

/**
 * How {@code /scim2/Me} renders {@code emails}. RFC 7643 says multi-valued attributes are objects, but
 * some servers answer plain strings; the client must cope with both, so the local IdP can produce each.
 */
public enum EmailShape {
    /** {@code [{"value":"…","primary":true,"type":"work"}]}, as RFC 7643 specifies. */
    OBJECTS,
    /** {@code ["…"]}. */
    STRINGS,
    /** The primary address as an object plus a second, {@code home} address as a plain string. */
    MIXED
}
