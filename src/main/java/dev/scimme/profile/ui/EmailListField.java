package dev.scimme.profile.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import dev.scimme.profile.edit.ProfileDraft.EmailEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The user's e-mail addresses: add, remove, and mark at most one primary. Each entry keeps the
 * {@code type} the server gave it (the form does not edit types).
 */
final class EmailListField extends EntryListField<EmailEntry, EmailListField.EmailRow> {

    EmailListField() {
        super("edit-email", "E-mail addresses", "E-mail address");
        add.setId("edit-email-add");
    }

    @Override
    EmailRow newRow(EmailEntry entry) {
        return new EmailRow(entry);
    }

    @Override
    EmailEntry entryOf(EmailRow row) {
        return new EmailEntry(row.value.getValue().strip(), row.type, row.primary.getValue());
    }

    @Override
    EmailEntry emptyEntry() {
        return new EmailEntry("", null, false);
    }

    @Override
    String valueOf(EmailEntry entry) {
        return entry.value();
    }

    @Override
    Optional<String> problemOf(String value) {
        return ClientChecks.email(value);
    }

    @Override
    List<FieldProblem> check() {
        List<FieldProblem> problems = new ArrayList<>(super.check());
        List<EmailRow> primaries =
                rows().stream().filter(row -> row.primary.getValue()).toList();
        if (primaries.size() > 1) {
            showError(ClientChecks.ONE_PRIMARY);
            problems.add(new FieldProblem(primaries.get(1).primary, ClientChecks.ONE_PRIMARY));
        }
        return problems;
    }

    /** One address, whether it is the primary one, and "Remove". */
    static final class EmailRow extends EntryListField.Row {

        final Checkbox primary = new Checkbox("Primary");
        private final @Nullable String type;

        EmailRow(EmailEntry entry) {
            super(entry.value());
            this.type = entry.type();
            primary.setValue(entry.primary());
            add(value, primary, remove);
        }

        @Override
        void number(String idPrefix, String entryLabel, int number) {
            super.number(idPrefix, entryLabel, number);
            primary.setId(idPrefix + "-primary-" + number);
            primary.setAriaLabel(entryLabel + " " + number + " is primary");
        }

        @Override
        void setEditable(boolean editable) {
            super.setEditable(editable);
            primary.setReadOnly(!editable);
        }
    }
}
