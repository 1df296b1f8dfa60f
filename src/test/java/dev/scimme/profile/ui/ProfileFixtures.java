package dev.scimme.profile.ui;

import java.util.List;

import dev.scimme.profile.ProfileFailure;
import dev.scimme.profile.ProfileResult;
import dev.scimme.profile.ScimAttribute;
import dev.scimme.profile.ScimEmail;
import dev.scimme.profile.ScimName;
import dev.scimme.profile.ScimProfile;

/** Small profile results for view tests. */
final class ProfileFixtures {

    static final String HOSTILE = "<img src=x onerror=alert(1)>";

    private ProfileFixtures() {
    }

    static ProfileResult demoProfile() {
        return new ProfileResult.Loaded(new ScimProfile("id-1", "demo", new ScimName("Demo", "User", "Demo User"),
                List.of(new ScimEmail("demo@example.com", "work", true), new ScimEmail("d@home.example", "home", false)),
                List.of(), List.of(new ScimAttribute("department", "Engineering"))));
    }

    static ProfileResult hostileProfile() {
        return new ProfileResult.Loaded(new ScimProfile("id-2", HOSTILE, new ScimName(HOSTILE, "<b>bold</b>", null),
                List.of(new ScimEmail(HOSTILE, null, true)), List.of(),
                List.of(new ScimAttribute("title", "<script>alert(2)</script>"))));
    }

    static ProfileResult failed(ProfileFailure.Kind kind, int status, String detail) {
        return new ProfileResult.Failed(new ProfileFailure(kind, status, detail, "test"));
    }
}
