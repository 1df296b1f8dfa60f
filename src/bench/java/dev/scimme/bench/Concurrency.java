package dev.scimme.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Figure 4: 100 signed-in users open {@code /client-profile} at once with the API at 1 s latency, at
 * HTTP level (init, push WebSocket, ui-navigate; the profile must arrive by push); meanwhile another
 * user navigates to {@code /} again and again. Baseline: the same navigation before the load.
 */
final class Concurrency {

    static final int USERS = 100;
    static final Duration API_LATENCY = Duration.ofSeconds(1);
    static final int BASELINE_SAMPLES = 20;

    private Concurrency() {}

    static Figure run(ProductionApp app) throws Exception {
        app.idp.scimBehaviour().reset();
        HttpClient http = HttpUser.sharedClient();
        HttpUser observer = new HttpUser(http, app);
        observer.signIn("/server-profile"); // "/" is open to everyone: a protected route starts the sign-in
        List<Double> baseline = new ArrayList<>();
        for (int i = 0; i < 5 + BASELINE_SAMPLES; i++) {
            double millis = navigateHome(observer);
            if (i >= 5) {
                baseline.add(millis);
            }
        }
        List<HttpUser> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            HttpUser user = new HttpUser(http, app);
            user.signIn("/client-profile");
            users.add(user);
        }
        Histogram before = Histogram.parse(app.jcmd("GC.class_histogram"));
        app.idp.scimBehaviour().delay(API_LATENCY);

        List<Double> underLoad = Collections.synchronizedList(new ArrayList<>());
        List<HttpUser.Ui> uis = Collections.synchronizedList(new ArrayList<>());
        List<Double> received = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean loading = new AtomicBoolean(true);
        int maxExecThreads;
        long started = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> observing = threads.submit(() -> {
                while (loading.get()) {
                    underLoad.add(navigateHome(observer));
                }
                return null;
            });
            List<Future<?>> loads = new ArrayList<>();
            for (HttpUser user : users) {
                loads.add(threads.submit(() -> {
                    try {
                        HttpUser.Ui ui = user.init("client-profile");
                        uis.add(ui);
                        // Chromium's order: the navigation turns push on for the UI, then the client connects it.
                        ui.navigate();
                        ui.connectPush();
                        ui.pushedProfile().get(30, TimeUnit.SECONDS);
                        received.add((System.nanoTime() - started) / 1e6);
                    } catch (Exception e) {
                        failures.add(e.toString());
                    }
                    return null;
                }));
            }
            Thread.sleep(API_LATENCY.toMillis() / 2);
            maxExecThreads = tomcatWorkers(app);
            for (Future<?> load : loads) {
                load.get();
            }
            loading.set(false);
            observing.get();
        }
        app.idp.scimBehaviour().reset();
        Histogram loaded = Histogram.parse(app.jcmd("GC.class_histogram"));
        for (HttpUser.Ui ui : uis) {
            ui.unload();
        }
        Thread.sleep(1000);
        Histogram left = Histogram.parse(app.jcmd("GC.class_histogram"));

        Stats base = Stats.of(baseline);
        Stats load = Stats.of(underLoad);
        Stats arrival = Stats.of(received);
        String ui = "com.vaadin.flow.component.UI";
        long uisBefore = before.instances(ui);
        long uisLeft = left.instances(ui);
        long residualPerUser = (left.totalBytes() - before.totalBytes()) / USERS;
        long loadedPerUser = (loaded.totalBytes() - before.totalBytes()) / USERS;

        Figure figure = new Figure(
                4,
                "Concurrency",
                "The production jar. " + USERS + " users signed in beforehand (HTTP level, as in figure 3) open "
                        + "`/client-profile` at the same moment (one virtual thread each: `GET /?v-r=init`, push "
                        + "WebSocket, `ui-navigate`), with the API answering after " + API_LATENCY.toMillis()
                        + " ms; each must receive its profile by push within 30 s. Meanwhile another signed-in user "
                        + "navigates to `/` in a loop (the server's part of a navigation: `GET /?v-r=init` + "
                        + "`ui-navigate` UIDL, then its UI is unloaded); baseline: " + BASELINE_SAMPLES
                        + " such navigations before the load. Tomcat's request threads are counted from "
                        + "`jcmd Thread.print` half-way through the API latency. Leaving = the tabs close (Flow's "
                        + "`UNLOAD` beacon, WebSocket closed); heap from `jcmd GC.class_histogram`.");
        figure.row(
                "users who received their profile", received.size() + " / " + USERS, "all", received.size() == USERS);
        figure.info(
                "profile arrival after the start, median / max",
                String.format("%.0f ms / %.0f ms", arrival.median(), arrival.max()));
        figure.row(
                "navigation to / under load, median (p90)",
                String.format("%.1f ms (%.1f)", load.median(), load.percentile(90)),
                "< 100 ms",
                load.median() < 100);
        figure.info(
                "navigation to / before the load, median (p90)",
                String.format(
                        "%.1f ms (%.1f); under load %s",
                        base.median(), base.percentile(90), Figure.ratio(load.median() / base.median())));
        figure.row(
                "Tomcat request threads busy or idle during the load",
                maxExecThreads + " of 200 (server.tomcat.threads.max)",
                "no exhaustion",
                maxExecThreads < 200 && failures.isEmpty());
        figure.info("heap per user while loaded", HeapPerSession.kib(loadedPerUser));
        figure.row(
                "Vaadin UIs after they left (before → after)",
                uisBefore + " → " + uisLeft,
                "back to baseline",
                uisLeft <= uisBefore);
        figure.info(
                "heap per user after they left (their HTTP sessions remain until they time out)",
                HeapPerSession.kib(residualPerUser));
        if (!failures.isEmpty()) {
            figure.note("Failures: " + failures.subList(0, Math.min(5, failures.size())));
        }
        return figure;
    }

    /** The server's part of navigating to / (the route after a full page load): init, then the first UIDL. */
    private static double navigateHome(HttpUser user) throws Exception {
        long started = System.nanoTime();
        HttpUser.Ui ui = user.init("");
        ui.navigate();
        double millis = (System.nanoTime() - started) / 1e6;
        ui.unload();
        return millis;
    }

    private static int tomcatWorkers(ProductionApp app) throws Exception {
        return (int) app.jcmd("Thread.print")
                .lines()
                .filter(line -> line.startsWith("\"http-nio-") && line.contains("-exec-"))
                .count();
    }
}
