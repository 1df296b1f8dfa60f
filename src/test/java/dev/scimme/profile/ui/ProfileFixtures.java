package dev.scimme.profile.ui;

import dev.scimme.profile.ProfileFailure;
import dev.scimme.profile.ProfileResult;
import dev.scimme.profile.ScimAttribute;
import dev.scimme.profile.ScimEmail;
import dev.scimme.profile.ScimName;
import dev.scimme.profile.ScimPhoneNumber;
import dev.scimme.profile.ScimProfile;
import java.util.List;

/** Small profile results for view tests. */
final class ProfileFixtures {

    static final String HOSTILE = "<img src=x onerror=alert(1)>";

    private ProfileFixtures() {}

    static ProfileResult demoProfile() {
        return new ProfileResult.Loaded(new ScimProfile(
                "id-1",
                "demo",
                new ScimName("Demo", "User", "Demo User"),
                List.of(
                        new ScimEmail("demo@example.com", "work", true),
                        new ScimEmail("d@home.example", "home", false)),
                List.of(),
                List.of(new ScimAttribute("department", "Engineering"))));
    }

    static ProfileResult hostileProfile() {
        return new ProfileResult.Loaded(new ScimProfile(
                "id-2",
                HOSTILE,
                new ScimName(HOSTILE, "<b>bold</b>", null),
                List.of(new ScimEmail(HOSTILE, null, true)),
                List.of(),
                List.of(new ScimAttribute("title", "<script>alert(2)</script>"))));
    }

    /** Markup where the API's JSON names an attribute (labels are the server's keys). */
    static final String HOSTILE_ATTRIBUTE_NAME = "<img src=x onerror=alert('name')>";
    /** Markup in the {@code type} of an e-mail address and of a phone number. */
    static final String HOSTILE_EMAIL_TYPE = "<b onmouseover=alert('email')>home</b>";

    static final String HOSTILE_PHONE_TYPE = "<i onmouseover=alert('phone')>mobile</i>";

    /** Every text the server chooses besides values: attribute names and address types. */
    static ProfileResult hostileLabelsProfile() {
        return new ProfileResult.Loaded(new ScimProfile(
                "id-4",
                "demo",
                new ScimName("Demo", "User", null),
                List.of(
                        new ScimEmail("demo@example.com", "work", true),
                        new ScimEmail("d@home.example", HOSTILE_EMAIL_TYPE, false)),
                List.of(new ScimPhoneNumber("+1 555 0100", HOSTILE_PHONE_TYPE, true)),
                List.of(new ScimAttribute(HOSTILE_ATTRIBUTE_NAME, "Engineering"))));
    }

    /** 10 000 characters without a space: nothing to wrap at. */
    static final String TEN_THOUSAND = "W".repeat(10_000);
    /** A right-to-left override and zero-width characters: shown as they are, in their own direction. */
    static final String RTL_AND_ZERO_WIDTH = "\u202Egnp.exe\u200B\u200D\uFEFF\u05E9\u05DC\u05D5\u05DD";

    static ProfileResult oversizedProfile() {
        List<ScimEmail> emails = java.util.stream.IntStream.range(0, 1_000)
                .mapToObj(i -> new ScimEmail("user" + i + "@example.com", i == 0 ? null : "other", i == 0))
                .toList();
        return new ProfileResult.Loaded(new ScimProfile(
                "id-3",
                "long",
                new ScimName(TEN_THOUSAND, RTL_AND_ZERO_WIDTH, null),
                emails,
                List.of(),
                List.of(new ScimAttribute("title", "\uD83D\uDE00".repeat(600)))));
    }

    static ProfileResult failed(ProfileFailure.Kind kind, int status, String detail) {
        return new ProfileResult.Failed(new ProfileFailure(kind, status, detail, "test"));
    }
}
