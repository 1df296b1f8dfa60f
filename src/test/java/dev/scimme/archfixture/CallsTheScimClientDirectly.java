package dev.scimme.archfixture;

import dev.scimme.profile.ScimMeClient;

/** Breaks "only the profile service talks to the SCIM client". */
public class CallsTheScimClientDirectly {

    public void close(ScimMeClient client) {
        client.close();
    }
}
