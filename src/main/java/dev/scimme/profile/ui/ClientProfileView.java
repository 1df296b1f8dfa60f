package dev.scimme.profile.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

@Route("client-profile")
@PageTitle("Client profile · SCIM Me")
@Menu(order = 2, title = "Client profile", icon = "BROWSER")
@PermitAll
public class ClientProfileView extends Div {

    ClientProfileView() {
        addClassName("app-page");
        add(new H2("Profile"));
    }
}
