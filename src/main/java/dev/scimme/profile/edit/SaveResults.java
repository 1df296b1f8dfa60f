package dev.scimme.profile.edit;

import dev.scimme.profile.PatchOutcome;
import dev.scimme.profile.ProfileResult;
import dev.scimme.profile.ScimEditClient;
import dev.scimme.profile.ScimEmail;
import dev.scimme.profile.ScimPhoneNumber;
import dev.scimme.profile.ScimProfile;
import dev.scimme.security.SessionTokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns the server's answer to a {@code PATCH /Me} into what the user is told: reading {@code /Me}
 * again where the answer carries no resource (204, and 412 to show what the profile is now), the
 * attribute a refusal names, and the added addresses the server does not show yet.
 */
final class SaveResults {

    private final ScimEditClient client;

    SaveResults(ScimEditClient client) {
        this.client = client;
    }

    SaveResult of(PatchOutcome outcome, PatchRequest request, SessionTokens session) {
        if (outcome instanceof PatchOutcome.Applied applied) {
            return saved(applied.profile(), request);
        }
        if (outcome instanceof PatchOutcome.AppliedWithoutBody) {
            return afterReading(session, profile -> saved(profile, request));
        }
        if (outcome instanceof PatchOutcome.VersionConflict) {
            return afterReading(session, SaveResult.Conflict::new);
        }
        if (outcome instanceof PatchOutcome.Refused refused) {
            return new SaveResult.Rejected(
                    refused.scimType(), refused.detail(), namedAttribute(refused.detail(), request.changedPaths()));
        }
        return new SaveResult.Failed(((PatchOutcome.Failed) outcome).failure());
    }

    /**
     * A failed read after a successful PATCH is reported as that failure: the user keeps the input and
     * may save again, which is safer than showing a profile that is not the server's.
     */
    private SaveResult afterReading(SessionTokens session, Function<ScimProfile, SaveResult> then) {
        ProfileResult current = client.readMe(session);
        if (current instanceof ProfileResult.Loaded loaded) {
            return then.apply(loaded.profile());
        }
        return new SaveResult.Failed(((ProfileResult.Failed) current).failure());
    }

    private static SaveResult saved(ScimProfile profile, PatchRequest request) {
        List<String> pending = new ArrayList<>();
        for (String email : request.addedEmails()) {
            if (profile.emails().stream().map(ScimEmail::value).noneMatch(email::equalsIgnoreCase)) {
                pending.add(email);
            }
        }
        for (String phone : request.addedPhoneNumbers()) {
            if (profile.phoneNumbers().stream()
                    .map(ScimPhoneNumber::value)
                    .noneMatch(shown -> digits(shown).equals(digits(phone)))) {
                pending.add(phone);
            }
        }
        return new SaveResult.Saved(profile, pending);
    }

    /** Servers reformat numbers ({@code +94 77 123 4567} comes back as {@code +94771234567}). */
    private static String digits(String phone) {
        return phone.replaceAll("[^0-9+]", "");
    }

    /**
     * The changed attribute the server's words name, as a whole word, the longest name first: its full
     * path, its path without the URN, or its last part ({@code givenName}); e-mails and phone numbers
     * also by their singular ({@code email}, {@code phone}). Null when the detail names none of them.
     */
    static @Nullable String namedAttribute(@Nullable String detail, List<String> changedPaths) {
        if (detail == null) {
            return null;
        }
        String haystack = detail.toLowerCase(Locale.ROOT);
        record Name(String path, String word) {}
        List<Name> names = new ArrayList<>();
        for (String path : changedPaths) {
            String withoutUrn = path.substring(path.lastIndexOf(':') + 1);
            String lastPart = withoutUrn.substring(withoutUrn.lastIndexOf('.') + 1);
            for (String word : List.of(path, withoutUrn, lastPart)) {
                names.add(new Name(path, word));
            }
            if (path.equals("emails")) {
                names.add(new Name(path, "email"));
            } else if (path.equals("phoneNumbers")) {
                names.add(new Name(path, "phone"));
            }
        }
        names.sort(Comparator.comparingInt((Name name) -> name.word().length()).reversed());
        for (Name name : names) {
            if (containsWord(haystack, name.word().toLowerCase(Locale.ROOT))) {
                return name.path();
            }
        }
        return null;
    }

    private static boolean containsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !isNameCharacter(text.charAt(at - 1)))
                    && (end == text.length() || !isNameCharacter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNameCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
