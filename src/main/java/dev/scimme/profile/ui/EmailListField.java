package dev.scimme.profile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import dev.scimme.profile.edit.ProfileDraft.EmailEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The user's e-mail addresses as a list to edit: add, remove, and mark at most one primary. Each
 * entry keeps the {@code type} the server gave it (the form does not edit types). Grouped under a
 * heading that names the group for screen readers.
 */
final class EmailListField extends Div {

    final H3 heading = new H3("E-mail addresses");
    final Div entries = new Div();
    final Button add = new Button("Add e-mail address", VaadinIcon.PLUS.create());
    final Paragraph error = new Paragraph();
    final Paragraph serverValues = new Paragraph();

    private boolean editable = true;

    EmailListField() {
        addClassName("edit-list");
        setId("edit-emails");
        heading.setId("edit-emails-heading");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        error.setId("edit-emails-error");
        error.addClassName("edit-list-error");
        error.setVisible(false);
        serverValues.setId("edit-emails-server");
        serverValues.addClassName("edit-server-value");
        serverValues.setVisible(false);
        add.setId("edit-email-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(click -> {
            Row row = addRow(new EmailEntry("", null, false));
            row.address.focus();
        });
        add(heading, entries, error, serverValues, add);
    }

    void setValue(List<EmailEntry> emails) {
        entries.removeAll();
        emails.forEach(this::addRow);
    }

    List<EmailEntry> value() {
        return rows().stream()
                .map(row -> new EmailEntry(row.address.getValue().strip(), row.type, row.primary.getValue()))
                .toList();
    }

    void setEditable(boolean editable) {
        this.editable = editable;
        add.setVisible(editable);
        rows().forEach(row -> row.setEditable(editable));
    }

    /** Marks what is wrong; returns the problems in the order the user meets them. */
    List<FieldProblem> check() {
        List<FieldProblem> problems = new ArrayList<>();
        for (Row row : rows()) {
            String message = ClientChecks.email(row.address.getValue()).orElse(null);
            row.address.setErrorMessage(message);
            row.address.setInvalid(message != null);
            if (message != null) {
                problems.add(new FieldProblem(row.address, message));
            }
        }
        List<Row> primaries =
                rows().stream().filter(row -> row.primary.getValue()).toList();
        if (primaries.size() > 1) {
            showError(ClientChecks.ONE_PRIMARY);
            problems.add(new FieldProblem(primaries.get(1).primary, ClientChecks.ONE_PRIMARY));
        } else {
            clearError();
        }
        return problems;
    }

    /** A refusal by the server that names the e-mail addresses; returns where the user goes to fix it. */
    FieldProblem showRejected(String message) {
        showError(message);
        List<Row> rows = rows();
        return new FieldProblem(rows.isEmpty() ? add : rows.getFirst().address, message);
    }

    void showServerValues(List<EmailEntry> current) {
        serverValues.setText(SaveOutcomeMessage.nowOnServer(
                String.join(", ", current.stream().map(EmailEntry::value).toList())));
        serverValues.setVisible(true);
    }

    void clearServerValues() {
        serverValues.setVisible(false);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void clearError() {
        error.setText("");
        error.setVisible(false);
    }

    List<Row> rows() {
        return entries.getChildren().map(Row.class::cast).toList();
    }

    private Row addRow(EmailEntry entry) {
        Row row = new Row(entry);
        row.remove.addClickListener(click -> {
            entries.remove(row);
            renumber();
            add.focus();
        });
        row.setEditable(editable);
        entries.add(row);
        renumber();
        return row;
    }

    private void renumber() {
        List<Row> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).number(i + 1);
        }
    }

    /** One address: the address, whether it is the primary one, and "Remove". */
    static final class Row extends Div {

        final TextField address = new TextField();
        final Checkbox primary = new Checkbox("Primary");
        final Button remove = new Button("Remove", VaadinIcon.TRASH.create());
        private final @Nullable String type;

        Row(EmailEntry entry) {
            this.type = entry.type();
            addClassName("edit-list-row");
            address.setValue(entry.value());
            address.setWidthFull();
            primary.setValue(entry.primary());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(address, primary, remove);
        }

        void number(int number) {
            String label = "E-mail address " + number;
            address.setLabel(label);
            address.setId("edit-email-" + number);
            primary.setId("edit-email-primary-" + number);
            // Same words on every row's buttons: say which address each one belongs to.
            primary.setAriaLabel(label + " is primary");
            remove.setId("edit-email-remove-" + number);
            remove.setAriaLabel("Remove " + label.toLowerCase(Locale.ROOT));
        }

        void setEditable(boolean editable) {
            address.setReadOnly(!editable);
            primary.setReadOnly(!editable);
            remove.setVisible(editable);
        }
    }
}
