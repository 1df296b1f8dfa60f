package dev.scimme.profile.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import dev.scimme.profile.edit.AttributeDefinition;
import dev.scimme.profile.edit.EditCapabilities;
import dev.scimme.profile.edit.ProfileDraft;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The profile's fields, bound to a {@link ProfileDraft}: one text field per attribute the server
 * declares (read-only where it may not be changed), then the e-mail addresses and phone numbers.
 * It checks what can be checked before a request ({@link ClientChecks}), and shows on its fields
 * what the server said about them; it never sends anything itself.
 */
final class ProfileEditForm extends Div {

    final FormLayout layout = new FormLayout();
    /** By {@link AttributeDefinition#path()}, in the server's order. */
    final Map<String, TextField> attributes = new LinkedHashMap<>();

    final EmailListField emails = new EmailListField();
    final PhoneListField phones = new PhoneListField();
    private final Binder<Map<String, String>> binder = new Binder<>();
    private final Map<String, String> original;

    ProfileEditForm(EditCapabilities capabilities, ProfileDraft draft) {
        this.original = draft.attributes();
        addClassName("edit-form");
        setId("edit-form");
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        for (AttributeDefinition attribute : capabilities.attributes()) {
            TextField field = field(attribute);
            attributes.put(attribute.path(), field);
            layout.add(field);
        }
        binder.readBean(new HashMap<>(original));
        emails.setValue(draft.emails());
        emails.setEditable(capabilities.emailsEditable());
        phones.setValue(draft.phoneNumbers());
        phones.setEditable(capabilities.phoneNumbersEditable());
        add(layout, emails, phones);
    }

    private TextField field(AttributeDefinition attribute) {
        TextField field = new TextField(ShortText.of(attribute.label()));
        field.setId("edit-" + idOf(attribute.path()));
        field.setWidthFull();
        String path = attribute.path();
        if (!attribute.mutability().editable()) {
            field.setReadOnly(true);
            binder.forField(field).bindReadOnly(values -> values.getOrDefault(path, ""));
            return field;
        }
        Binder.BindingBuilder<Map<String, String>, String> binding = binder.forField(field);
        if (attribute.required()) {
            binding = binding.asRequired(ClientChecks.REQUIRED);
        }
        binding.withValidator((value, context) -> ClientChecks.attribute(value, attribute.required())
                        .map(ValidationResult::error)
                        .orElseGet(ValidationResult::ok))
                .bind(values -> values.getOrDefault(path, ""), (values, value) -> values.put(path, value));
        return field;
    }

    /** An element id from a path that may hold a schema URN: letters, digits and dashes only. */
    static String idOf(String path) {
        return path.replaceAll("[^A-Za-z0-9]+", "-");
    }

    /** Checks every field and marks the invalid ones; the problems in the order of the form. */
    List<FieldProblem> check() {
        List<FieldProblem> problems = new ArrayList<>();
        Map<Object, String> errors = new HashMap<>();
        binder.validate()
                .getFieldValidationErrors()
                .forEach(
                        error -> errors.put(error.getField(), error.getMessage().orElse(ClientChecks.REQUIRED)));
        attributes.values().stream()
                .filter(errors::containsKey)
                .forEach(field -> problems.add(new FieldProblem(field, errors.get(field))));
        problems.addAll(emails.check());
        problems.addAll(phones.check());
        return problems;
    }

    /** The values as they stand; call after {@link #check()} found nothing. */
    ProfileDraft draft() {
        Map<String, String> values = new HashMap<>(original);
        try {
            binder.writeBean(values);
        } catch (ValidationException invalid) {
            throw new IllegalStateException("draft() before a successful check()", invalid);
        }
        return new ProfileDraft(values, emails.value(), phones.value());
    }

    /**
     * A refusal by the server that names {@code path}: shown on that field.
     *
     * @return the field to fix, when the path names one of the form's
     */
    Optional<FieldProblem> showRejected(String path, String message) {
        TextField field = attributes.get(path);
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
            return Optional.of(new FieldProblem(field, message));
        }
        // The server may name the multi-valued attribute or a part of it: emails, emails[…].value, emails.value.
        if (path.equals("emails") || path.startsWith("emails[") || path.startsWith("emails.")) {
            return Optional.of(emails.showRejected(message));
        }
        if (path.equals("phoneNumbers") || path.startsWith("phoneNumbers[") || path.startsWith("phoneNumbers.")) {
            return Optional.of(phones.showRejected(message));
        }
        return Optional.empty();
    }

    /** After a conflict: what the server holds now, under each field, leaving the user's input as it is. */
    void showServerValues(ProfileDraft current) {
        attributes.forEach((path, field) -> field.setHelperText(
                SaveOutcomeMessage.nowOnServer(current.attributes().get(path))));
        emails.showServerValues(current.emails());
        phones.showServerValues(current.phoneNumbers());
    }

    void clearServerValues() {
        attributes.values().forEach(field -> field.setHelperText(null));
        emails.clearServerValues();
        phones.clearServerValues();
    }
}
