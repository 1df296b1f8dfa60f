package dev.scimme.profile.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

@Route("server-profile")
@PageTitle("Server profile · SCIM Me")
@Menu(order = 1, title = "Server profile", icon = "SERVER")
@PermitAll
public class ServerProfileView extends Div {

    ServerProfileView() {
        addClassName("app-page");
        add(new H2("Profile"));
    }
}
