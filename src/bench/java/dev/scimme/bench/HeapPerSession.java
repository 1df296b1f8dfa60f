package dev.scimme.bench;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Figure 3: retained heap per signed-in session that has shown a profile, from the app JVM's class
 * histogram (live objects after a full GC) before and after 200 more such sessions; then the same for users
 * who open both profile routes in one tab (issue 12).
 */
final class HeapPerSession {

    static final int SESSIONS = 200;
    static final int WARM_UP = 20;
    static final int BOTH_ROUTES_USERS = 100;
    static final long TARGET_BYTES = 150 * 1024;

    private HeapPerSession() {}

    static Figure run(ProductionApp app) throws Exception {
        app.idp.scimBehaviour().reset();
        HttpClient http = HttpUser.sharedClient();
        List<HttpUser.Ui> open = new ArrayList<>();
        for (int i = 0; i < WARM_UP; i++) {
            open.add(showProfile(http, app));
            open.add(openBothRoutes(http, app));
        }
        Histogram before = Histogram.parse(app.jcmd("GC.class_histogram"));
        long started = System.nanoTime();
        for (int i = 0; i < SESSIONS; i++) {
            open.add(showProfile(http, app));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Histogram after = Histogram.parse(app.jcmd("GC.class_histogram"));
        long perSession = (after.totalBytes() - before.totalBytes()) / SESSIONS;

        long bothStarted = System.nanoTime();
        List<HttpUser.Ui> both = new ArrayList<>();
        for (int i = 0; i < BOTH_ROUTES_USERS; i++) {
            both.add(openBothRoutes(http, app));
        }
        double bothSeconds = (System.nanoTime() - bothStarted) / 1e9;
        Histogram afterBoth = Histogram.parse(app.jcmd("GC.class_histogram"));
        long perBothUser = (afterBoth.totalBytes() - after.totalBytes()) / BOTH_ROUTES_USERS;
        long pushStillOpen = both.stream().filter(HttpUser.Ui::pushOpen).count();
        open.addAll(both);

        Figure figure = new Figure(
                3,
                "Heap per signed-in session",
                "The production jar in its own JVM (" + ProductionApp.APP_HEAP + ", G1). " + WARM_UP + " warm-up "
                        + "sessions, then " + SESSIONS + " more, each driven at HTTP level as a browser does: the real "
                        + "sign-in (app → IdP form with CSRF → callback, PKCE by the app), the bootstrap page of "
                        + "`/server-profile`, Vaadin's `GET /?v-r=init`, the push WebSocket, and the `ui-navigate` "
                        + "UIDL request whose answer carries the profile (checked). All stay open. Retained heap = "
                        + "growth of the live-object total of `jcmd GC.class_histogram` (full GC first) ÷ " + SESSIONS
                        + ". " + String.format("The %d sessions took %.1f s. ", SESSIONS, seconds)
                        + "Then " + BOTH_ROUTES_USERS + " users who open both routes, as issue 12 counts them: "
                        + "signed in on `/server-profile` as above, then in the same tab a click to `/client-profile` "
                        + "(`ui-navigate`; the view turns push on, so the user connects the push WebSocket as Flow's "
                        + "client does and waits for the pushed profile), then a click back to `/server-profile` "
                        + "(profile checked; if the answer turns push off, the user closes the WebSocket as Flow's "
                        + "client does). Their tabs stay open. Retained heap per such user = growth of the same total "
                        + "over these " + BOTH_ROUTES_USERS + " users ÷ " + BOTH_ROUTES_USERS
                        + String.format("; they took %.1f s.", bothSeconds));
        figure.row("retained heap per session", kib(perSession), "≤ 150 KiB", perSession <= TARGET_BYTES);
        figure.row(
                "retained heap per user who opened both routes",
                kib(perBothUser),
                "≤ 150 KiB",
                perBothUser <= TARGET_BYTES);
        figure.info(
                "push WebSockets still open after those users left `/client-profile`",
                pushStillOpen + " of " + BOTH_ROUTES_USERS);
        figure.info(
                "Vaadin UIs live (before → after)",
                before.instances("com.vaadin.flow.component.UI") + " → "
                        + after.instances("com.vaadin.flow.component.UI") + " → "
                        + afterBoth.instances("com.vaadin.flow.component.UI") + " (after the both-routes users)");
        List<Map.Entry<String, long[]>> top = after.largestGrowth(before, 3);
        for (int i = 0; i < top.size(); i++) {
            Map.Entry<String, long[]> entry = top.get(i);
            figure.info(
                    "largest contributor " + (i + 1) + ": `" + entry.getKey() + "`",
                    kib(entry.getValue()[1] / SESSIONS) + " (" + entry.getValue()[0] / SESSIONS
                            + " objects) per session");
        }
        List<Map.Entry<String, long[]>> topBoth = afterBoth.largestGrowth(after, 3);
        for (int i = 0; i < topBoth.size(); i++) {
            Map.Entry<String, long[]> entry = topBoth.get(i);
            figure.info(
                    "both routes, largest contributor " + (i + 1) + ": `" + entry.getKey() + "`",
                    kib(entry.getValue()[1] / BOTH_ROUTES_USERS) + " (" + entry.getValue()[0] / BOTH_ROUTES_USERS
                            + " objects) per user");
        }
        String owners = after.growthByOwner(before).entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(8)
                .map(entry -> "| `" + entry.getKey() + "` | " + kib(entry.getValue() / SESSIONS) + " |")
                .collect(Collectors.joining("\n"));
        figure.note(
                "Growth per session by the package of the object's class (a `byte[]` counts as JDK, whoever holds it):\n\n"
                        + "| Package | Per session |\n| --- | --- |\n" + owners);
        for (HttpUser.Ui ui : open) {
            ui.unload();
        }
        return figure;
    }

    /**
     * A user who opens both routes in one tab: signed in on {@code /server-profile}, then {@code /client-profile}
     * (push connected, profile pushed), then back on {@code /server-profile}.
     */
    static HttpUser.Ui openBothRoutes(HttpClient http, ProductionApp app) throws Exception {
        HttpUser.Ui ui = showProfile(http, app);
        String answer = ui.navigate("client-profile");
        ui.connectPush();
        // With the API answering at once the profile can be ready before the navigation's answer is written,
        // and then comes in that answer instead of a push message.
        if (!answer.contains(HttpUser.PROFILE_EMAIL)) {
            ui.pushedProfile().get(30, TimeUnit.SECONDS);
        }
        if (!ui.navigate("server-profile").contains(HttpUser.PROFILE_EMAIL)) {
            throw new IllegalStateException("the answer to the navigation back to /server-profile has no profile");
        }
        return ui;
    }

    static HttpUser.Ui showProfile(HttpClient http, ProductionApp app) throws Exception {
        HttpUser user = new HttpUser(http, app);
        user.signIn("/server-profile");
        HttpUser.Ui ui = user.init("server-profile");
        // As Chromium does: /server-profile opens no push connection (only /client-profile turns push
        // on). -Dbench.push=true opens one anyway, to measure what it holds.
        if (Boolean.parseBoolean(System.getProperty("bench.push", "false"))) {
            ui.connectPush();
        }
        String answer = ui.navigate();
        if (!answer.contains(HttpUser.PROFILE_EMAIL)) {
            throw new IllegalStateException("the server-profile UIDL answer has no profile");
        }
        return ui;
    }

    static String kib(long bytes) {
        return String.format("%.1f KiB", bytes / 1024.0);
    }
}
