package dev.scimme.base.ui;

import com.vaadin.flow.component.Component;

/** Lets tests of other packages navigate to the package-private home view. */
public final class MainLayoutTestRoutes {

    private MainLayoutTestRoutes() {}

    public static Class<? extends Component> home() {
        return HomeView.class;
    }
}
