package dev.scimme.profile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import dev.scimme.profile.edit.ProfileDraft.PhoneEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The user's phone numbers as a list to edit: add and remove. Each entry keeps the {@code type} the
 * server gave it. The number's format is the server's to judge: countries write them differently.
 */
final class PhoneListField extends Div {

    final H3 heading = new H3("Phone numbers");
    final Div entries = new Div();
    final Button add = new Button("Add phone number", VaadinIcon.PLUS.create());
    final Paragraph error = new Paragraph();
    final Paragraph serverValues = new Paragraph();

    private boolean editable = true;

    PhoneListField() {
        addClassName("edit-list");
        setId("edit-phones");
        heading.setId("edit-phones-heading");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        error.setId("edit-phones-error");
        error.addClassName("edit-list-error");
        error.setVisible(false);
        serverValues.setId("edit-phones-server");
        serverValues.addClassName("edit-server-value");
        serverValues.setVisible(false);
        add.setId("edit-phone-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(click -> addRow(new PhoneEntry("", null)).number.focus());
        add(heading, entries, error, serverValues, add);
    }

    void setValue(List<PhoneEntry> phones) {
        entries.removeAll();
        phones.forEach(this::addRow);
    }

    List<PhoneEntry> value() {
        return rows().stream()
                .map(row -> new PhoneEntry(row.number.getValue().strip(), row.type))
                .toList();
    }

    void setEditable(boolean editable) {
        this.editable = editable;
        add.setVisible(editable);
        rows().forEach(row -> row.setEditable(editable));
    }

    List<FieldProblem> check() {
        error.setVisible(false);
        List<FieldProblem> problems = new ArrayList<>();
        for (Row row : rows()) {
            String message = ClientChecks.phoneNumber(row.number.getValue()).orElse(null);
            row.number.setErrorMessage(message);
            row.number.setInvalid(message != null);
            if (message != null) {
                problems.add(new FieldProblem(row.number, message));
            }
        }
        return problems;
    }

    FieldProblem showRejected(String message) {
        error.setText(message);
        error.setVisible(true);
        List<Row> rows = rows();
        return new FieldProblem(rows.isEmpty() ? add : rows.getFirst().number, message);
    }

    void showServerValues(List<PhoneEntry> current) {
        serverValues.setText(SaveOutcomeMessage.nowOnServer(
                String.join(", ", current.stream().map(PhoneEntry::value).toList())));
        serverValues.setVisible(true);
    }

    void clearServerValues() {
        serverValues.setVisible(false);
    }

    List<Row> rows() {
        return entries.getChildren().map(Row.class::cast).toList();
    }

    private Row addRow(PhoneEntry entry) {
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

    /** One number and "Remove". */
    static final class Row extends Div {

        final TextField number = new TextField();
        final Button remove = new Button("Remove", VaadinIcon.TRASH.create());
        private final @Nullable String type;

        Row(PhoneEntry entry) {
            this.type = entry.type();
            addClassName("edit-list-row");
            number.setValue(entry.value());
            number.setWidthFull();
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(number, remove);
        }

        void number(int position) {
            String label = "Phone number " + position;
            number.setLabel(label);
            number.setId("edit-phone-" + position);
            remove.setId("edit-phone-remove-" + position);
            remove.setAriaLabel("Remove " + label.toLowerCase(Locale.ROOT));
        }

        void setEditable(boolean editable) {
            number.setReadOnly(!editable);
            remove.setVisible(editable);
        }
    }
}
