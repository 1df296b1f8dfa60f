package dev.scimme.security.archfixture;

import dev.scimme.profile.ui.ServerProfileView;

/** Breaks "services do not depend on views". */
public class DependsOnAView {

    public Class<?> view() {
        return ServerProfileView.class;
    }
}
