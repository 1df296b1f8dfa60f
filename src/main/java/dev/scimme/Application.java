package dev.scimme;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Signs a user in at an OpenID Connect provider and shows their SCIM 2.0 {@code /Me} profile,
 * fetched on the server with the user's access token, which never reaches the browser.
 * Push is not on for every page: {@code /client-profile}, the one view that needs it, turns it on
 * for its UI (an open push WebSocket holds ~130 KiB per session; see docs/benchmarks.md).
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
