package dev.scimme.profile.ui;

import dev.scimme.profile.edit.ProfileDraft.PhoneEntry;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The user's phone numbers: add and remove. Each entry keeps the {@code type} the server gave it.
 * The number's format is the server's to judge: countries write them differently.
 */
final class PhoneListField extends EntryListField<PhoneEntry, PhoneListField.PhoneRow> {

    PhoneListField() {
        super("edit-phone", "Phone numbers", "Phone number");
        add.setId("edit-phone-add");
    }

    @Override
    PhoneRow newRow(PhoneEntry entry) {
        return new PhoneRow(entry);
    }

    @Override
    PhoneEntry entryOf(PhoneRow row) {
        return new PhoneEntry(row.value.getValue().strip(), row.type);
    }

    @Override
    PhoneEntry emptyEntry() {
        return new PhoneEntry("", null);
    }

    @Override
    String valueOf(PhoneEntry entry) {
        return entry.value();
    }

    @Override
    Optional<String> problemOf(String value) {
        return ClientChecks.phoneNumber(value);
    }

    /** One number and "Remove". */
    static final class PhoneRow extends EntryListField.Row {

        private final @Nullable String type;

        PhoneRow(PhoneEntry entry) {
            super(entry.value());
            this.type = entry.type();
            add(value, remove);
        }
    }
}
