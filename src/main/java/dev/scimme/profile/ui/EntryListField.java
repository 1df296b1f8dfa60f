package dev.scimme.profile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import dev.scimme.icons.AppIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A multi-valued attribute as a list to edit under a heading that names the group for screen
 * readers: add and remove entries (labels numbered, so each field and "Remove" says which entry it
 * is), a problem with the list as a whole, and after a conflict the values on the server.
 *
 * @param <E> an entry of the draft
 * @param <R> the row showing one entry
 */
abstract class EntryListField<E, R extends EntryListField.Row> extends Div {

    final H3 heading;
    final Div entries = new Div();
    final Button add;
    final Paragraph error = new Paragraph();
    final Paragraph serverValues = new Paragraph();

    private final String entryLabel;
    private boolean editable = true;

    /**
     * @param id the list's element id; its rows' ids are derived from {@code rowId}
     * @param entryLabel what one entry is called, e.g. "E-mail address"
     */
    EntryListField(String id, String title, String entryLabel) {
        this.entryLabel = entryLabel;
        this.heading = new H3(title);
        this.add = new Button("Add " + entryLabel.toLowerCase(Locale.ROOT), AppIcon.PLUS.create());
        addClassName("edit-list");
        setId(id);
        heading.setId(id + "-heading");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-labelledby", id + "-heading");
        error.setId(id + "-error");
        error.addClassName("edit-list-error");
        error.setVisible(false);
        serverValues.setId(id + "-server");
        serverValues.addClassName("edit-server-value");
        serverValues.setVisible(false);
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(click -> addRow(emptyEntry()).value.focus());
        add(heading, entries, error, serverValues, add);
    }

    abstract R newRow(E entry);

    abstract E entryOf(R row);

    abstract E emptyEntry();

    /** The entry's value, as the server's values are listed after a conflict. */
    abstract String valueOf(E entry);

    /** What is wrong with one entry's value, if anything. */
    abstract Optional<String> problemOf(String value);

    void setValue(List<E> values) {
        entries.removeAll();
        values.forEach(this::addRow);
    }

    List<E> value() {
        return rows().stream().map(this::entryOf).toList();
    }

    void setEditable(boolean editable) {
        this.editable = editable;
        add.setVisible(editable);
        rows().forEach(row -> row.setEditable(editable));
    }

    /** Marks each entry that is wrong; the problems in the order the user meets them. */
    List<FieldProblem> check() {
        clearError();
        List<FieldProblem> problems = new ArrayList<>();
        for (R row : rows()) {
            String message = problemOf(row.value.getValue()).orElse(null);
            row.value.setErrorMessage(message);
            row.value.setInvalid(message != null);
            if (message != null) {
                problems.add(new FieldProblem(row.value, message));
            }
        }
        return problems;
    }

    /** A refusal by the server that names this attribute; returns where the user goes to fix it. */
    FieldProblem showRejected(String message) {
        showError(message);
        List<R> rows = rows();
        return new FieldProblem(rows.isEmpty() ? add : rows.getFirst().value, message);
    }

    void showServerValues(List<E> current) {
        serverValues.setText(SaveOutcomeMessage.nowOnServer(
                String.join(", ", current.stream().map(this::valueOf).toList())));
        serverValues.setVisible(true);
    }

    void clearServerValues() {
        serverValues.setVisible(false);
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void clearError() {
        error.setText("");
        error.setVisible(false);
    }

    @SuppressWarnings("unchecked")
    List<R> rows() {
        return entries.getChildren().map(row -> (R) row).toList();
    }

    private R addRow(E entry) {
        R row = newRow(entry);
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
        List<R> rows = rows();
        String idPrefix = getId().orElseThrow();
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).number(idPrefix, entryLabel, i + 1);
        }
    }

    /** One entry: its value and "Remove", and whatever else an entry of this kind has. */
    abstract static class Row extends Div {

        final TextField value = new TextField();
        final Button remove = new Button("Remove", AppIcon.TRASH.create());

        Row(String initial) {
            addClassName("edit-list-row");
            value.setValue(initial);
            value.setWidthFull();
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        }

        void number(String idPrefix, String entryLabel, int number) {
            String label = entryLabel + " " + number;
            value.setLabel(label);
            value.setId(idPrefix + "-" + number);
            remove.setId(idPrefix + "-remove-" + number);
            // Every row's button says "Remove": name the entry it removes.
            remove.setAriaLabel("Remove " + label.toLowerCase(Locale.ROOT));
        }

        void setEditable(boolean editable) {
            value.setReadOnly(!editable);
            remove.setVisible(editable);
        }
    }
}
