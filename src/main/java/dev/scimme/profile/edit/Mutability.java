package dev.scimme.profile.edit;

/** RFC 7643 §7 {@code mutability} of an attribute, as {@code /Schemas} declares it. */
public enum Mutability {
    READ_WRITE,
    WRITE_ONLY,
    READ_ONLY,
    IMMUTABLE;

    /** Whether the user may change the value through {@code PATCH /Me}. */
    public boolean editable() {
        return this == READ_WRITE || this == WRITE_ONLY;
    }
}
