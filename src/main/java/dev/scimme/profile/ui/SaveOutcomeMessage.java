package dev.scimme.profile.ui;

import dev.scimme.profile.edit.SaveResult;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one place where the outcome of a save becomes words for the user, next to
 * {@link ProfileFailureMessage}, which words a failure to reach the API (the same words as when
 * reading, so a user meets one vocabulary). Server values and details go in as text, shortened
 * ({@link ShortText}).
 */
final class SaveOutcomeMessage {

    static final String SAVED = "Your profile was saved.";
    static final String CHANGED_ELSEWHERE = "Your profile was changed elsewhere since you opened this form. "
            + "What you typed is kept; the values on the server now are shown under each field. "
            + "Save again to replace them with yours, or Cancel.";
    static final String NOW_ON_SERVER = "Now on the server: ";
    static final String UNCHANGED = "Nothing to save: no value was changed.";
    static final String REJECTED = "The profile API did not accept the change.";
    static final String CHECK_FIELDS = "Some fields need your attention: ";
    static final String SAVE_FAILED = "Your changes were not saved.";

    private SaveOutcomeMessage() {}

    /** Said on the profile page after a save. */
    static String saved(List<String> pendingConfirmation) {
        if (pendingConfirmation.isEmpty()) {
            return SAVED;
        }
        List<String> shown = pendingConfirmation.stream().map(ShortText::of).toList();
        return SAVED + " " + String.join(", ", shown) + (shown.size() == 1 ? " waits" : " wait")
                + " for you to confirm " + (shown.size() == 1 ? "it" : "them")
                + ": look for a message from your identity provider. Until then the profile shows the earlier values.";
    }

    /** Above the form, for a refusal that names no field of the form. */
    static String rejected(SaveResult.Rejected rejected) {
        String detail = rejected.detail();
        return detail == null || detail.isBlank() ? REJECTED : REJECTED + " The API said: " + ShortText.of(detail);
    }

    /** On the field the refusal names: the API's own words, or the general ones when it gave none. */
    static String rejectedField(SaveResult.Rejected rejected) {
        String detail = rejected.detail();
        return detail == null || detail.isBlank() ? REJECTED : ShortText.of(detail);
    }

    /** Under a field after a conflict: what the server holds now. */
    static String nowOnServer(@Nullable String value) {
        return NOW_ON_SERVER + (value == null || value.isEmpty() ? "(empty)" : ShortText.of(value));
    }

    /** Announced when client-side checks stop a save: how many fields, and the first problem. */
    static String checkFields(int count, String firstProblem) {
        return CHECK_FIELDS + count + (count == 1 ? " field. " : " fields. ") + firstProblem;
    }

    /** A failure to reach the API during a save: the words of reading, prefixed by what it means for the input. */
    static String failed(ProfileFailureMessage message) {
        return SAVE_FAILED + " " + message.reason();
    }
}
