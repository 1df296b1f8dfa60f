package dev.scimme.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Figure 7: what two instances behind HAProxy ({@code deploy/haproxy.cfg}) cost against one. The
 * figure's production app is instance one; a second production JVM on the same IdP is instance two.
 * 200 signed-in users load {@code /server-profile}, 20 at a time, straight at instance one, and 200 others
 * through HAProxy over both, in the same run. Both instances share this machine's cores, so this
 * measures the cluster's overhead and how evenly it spreads sessions, not a gain in throughput.
 */
final class ClusterCapacity {

    static final int USERS = 200;
    static final int WARM_UP = 20;
    /** Profile loads of the warm-up users on the new instance, WARM_UP at a time, before the timed rounds. */
    static final int CATCH_UP_ROUNDS = 50;

    static final double TARGET_RATIO = 1.2;
    /**
     * Loads in flight at once. All 200 at the same moment overran the IdP (in the benchmark's JVM) on
     * this 2-core machine: its /Me answers timed out, and the figure measured the IdP, not the cluster.
     */
    static final int IN_FLIGHT = 20;
    /** Users per round; rounds alternate between the two ways in. */
    static final int ROUND = 50;

    private static final String UI = "com.vaadin.flow.component.UI";

    private ClusterCapacity() {}

    static Figure run(ProductionApp one) throws Exception {
        one.idp.scimBehaviour().reset();
        ProductionApp two = startSecondInstance(one);
        Process haproxy = null;
        try {
            int balancerPort = freePort();
            haproxy = startHaproxy(balancerPort, one.port, two.port);
            ProductionApp balanced = one.reachedThrough(balancerPort);
            HttpClient http = HttpUser.sharedClient();
            // Warm both JITs alike, so the comparison is not instance one's warm code against two's cold.
            List<String> failures = Collections.synchronizedList(new ArrayList<>());
            for (ProductionApp instance : List.of(one, two)) {
                loadProfiles(signIn(http, instance, WARM_UP), failures);
            }
            // In a full run instance one has just served figures 2 to 6: its JIT is hot, the new instance's
            // is not, and half of the users through HAProxy land on it. Measured: 1.54x (p50) in a full run,
            // 1.10x with both instances fresh (figure 7 alone). So the new instance catches up first.
            List<HttpUser> catchingUp = signIn(http, two, WARM_UP);
            for (int round = 0; round < CATCH_UP_ROUNDS; round++) {
                loadProfiles(catchingUp, failures);
            }
            failures.clear();

            Histogram oneBefore = Histogram.parse(one.jcmd("GC.class_histogram"));
            Histogram twoBefore = Histogram.parse(two.jcmd("GC.class_histogram"));
            List<HttpUser> straight = signIn(http, one, USERS);
            List<HttpUser> viaBalancer = signIn(http, balanced, USERS);
            // Alternating rounds, so neither side gets the warmer JIT or the quieter minute of the machine.
            List<Double> directTimes = new ArrayList<>();
            List<Double> clusteredTimes = new ArrayList<>();
            for (int from = 0; from < USERS; from += ROUND) {
                int to = Math.min(USERS, from + ROUND);
                directTimes.addAll(loadProfiles(straight.subList(from, to), failures));
                clusteredTimes.addAll(loadProfiles(viaBalancer.subList(from, to), failures));
            }
            Stats direct = Stats.of(directTimes);
            Stats clustered = Stats.of(clusteredTimes);
            Histogram oneAfter = Histogram.parse(one.jcmd("GC.class_histogram"));
            Histogram twoAfter = Histogram.parse(two.jcmd("GC.class_histogram"));

            // Every user holds one UI; the straight ones are all on instance one.
            long onInstanceOne = oneAfter.instances(UI) - oneBefore.instances(UI) - USERS;
            long onInstanceTwo = twoAfter.instances(UI) - twoBefore.instances(UI);
            long heapPerSession =
                    (oneAfter.totalBytes() - oneBefore.totalBytes() + twoAfter.totalBytes() - twoBefore.totalBytes())
                            / (2 * USERS);
            double shareOne = 100.0 * onInstanceOne / Math.max(1, onInstanceOne + onInstanceTwo);
            double p50 = clustered.median() / direct.median();
            double p90 = clustered.percentile(90) / direct.percentile(90);
            long usersPerGiB = heapPerSession <= 0 ? 0 : (1024L * 1024 * 1024) / heapPerSession;

            Figure figure = new Figure(
                    7,
                    "Two instances behind HAProxy",
                    "Two production JVMs (" + ProductionApp.APP_HEAP + " each) on one IdP, HAProxy 2.6 with "
                            + "`deploy/haproxy.cfg` (cookie stickiness, round robin) in front, all on this machine. "
                            + WARM_UP + " warm-up users per instance (on the new second instance another " + WARM_UP
                            + " users load their profile " + CATCH_UP_ROUNDS
                            + " times each, so that its JIT catches up with instance one's), then " + USERS
                            + " users signed in beforehand "
                            + "(HTTP level, as in figure 3) load `/server-profile`, " + IN_FLIGHT + " at a time "
                            + "(`GET /?v-r=init` + `ui-navigate`, whose answer carries the profile), straight at "
                            + "instance one, and " + USERS + " other users the same way through HAProxy, in "
                            + "alternating rounds of " + ROUND + ". Time to profile = init + navigation, per user. "
                            + "Sessions per instance = growth of its live Vaadin UIs (less the straight users, all on "
                            + "instance one); heap = growth of both JVMs' live objects (`jcmd GC.class_histogram`) "
                            + "over sign-in and load ÷ " + 2 * USERS + " sessions. Both "
                            + "instances share the machine's cores: this is the cost of the cluster, not its gain.");
            figure.row(
                    "time to profile through HAProxy ÷ one instance, p50",
                    String.format(
                            "%s (%s vs %s)",
                            Figure.ratio(p50), Figure.ms(clustered.median()), Figure.ms(direct.median())),
                    "≤ 1.20×",
                    p50 <= TARGET_RATIO);
            figure.row(
                    "time to profile through HAProxy ÷ one instance, p90",
                    String.format(
                            "%s (%s vs %s)",
                            Figure.ratio(p90), Figure.ms(clustered.percentile(90)), Figure.ms(direct.percentile(90))),
                    "≤ 1.20×",
                    p90 <= TARGET_RATIO);
            figure.row(
                    "sessions on instance one / two",
                    String.format(
                            "%d / %d (%.0f %% / %.0f %%)", onInstanceOne, onInstanceTwo, shareOne, 100 - shareOne),
                    "40–60 % each",
                    shareOne >= 40 && shareOne <= 60);
            figure.row(
                    "profiles shown, straight / through HAProxy",
                    direct.count() + " / " + clustered.count() + " of " + USERS + " each",
                    "all",
                    failures.isEmpty());
            if (!failures.isEmpty()) {
                figure.note("Failures: " + failures.subList(0, Math.min(5, failures.size())));
            }
            figure.info("heap per session (both instances)", HeapPerSession.kib(heapPerSession));
            figure.info(
                    "signed-in users per GiB of heap, per instance (live objects only)", Long.toString(usersPerGiB));
            return figure;
        } finally {
            if (haproxy != null) {
                stop(haproxy);
            }
            stop(two.process);
        }
    }

    private static List<HttpUser> signIn(HttpClient http, ProductionApp app, int count) throws Exception {
        List<HttpUser> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpUser user = new HttpUser(http, app);
            user.signIn("/server-profile");
            users.add(user);
        }
        return users;
    }

    /**
     * Each user's time to profile, {@link #IN_FLIGHT} users at a time (one virtual thread each). A load
     * that shows no profile counts as a failure, not a time.
     */
    private static List<Double> loadProfiles(List<HttpUser> users, List<String> failures) throws Exception {
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        Semaphore slots = new Semaphore(IN_FLIGHT);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> loads = new ArrayList<>();
            for (HttpUser user : users) {
                loads.add(threads.submit(() -> {
                    slots.acquire();
                    try {
                        long started = System.nanoTime();
                        HttpUser.Ui ui = user.init("server-profile");
                        if (ui.navigate().contains(HttpUser.PROFILE_EMAIL)) {
                            millis.add((System.nanoTime() - started) / 1e6);
                        } else {
                            failures.add("no profile in the server-profile UIDL answer");
                        }
                    } catch (Exception e) {
                        failures.add(e.toString());
                    } finally {
                        slots.release();
                    }
                    return null;
                }));
            }
            for (Future<?> load : loads) {
                load.get();
            }
        }
        return millis;
    }

    private static ProductionApp startSecondInstance(ProductionApp one) throws Exception {
        int port = freePort();
        Path log = ProductionApp.WORK.resolve("app-two.log");
        ProcessBuilder builder = new ProcessBuilder(
                        ProductionApp.JAVA,
                        ProductionApp.APP_HEAP,
                        "-XX:+UseG1GC",
                        "-jar",
                        one.jar.toAbsolutePath().toString(),
                        "--server.port=" + port)
                .directory(ProductionApp.WORK.resolve("run").toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment()
                .putAll(Map.of(
                        "AUTH_ASGARDEO_ISSUER", one.idp.issuer(),
                        "AUTH_ASGARDEO_ID", one.idp.clientId(),
                        "AUTH_ASGARDEO_SECRET", one.idp.clientSecret(),
                        "AUTH_ASGARDEO_ME_ENDPOINT", one.idp.meEndpoint()));
        ProductionApp two = one.sibling(builder.start(), port);
        awaitStatus(URI.create(two.url("/actuator/health/readiness")), two.process, log);
        System.out.printf("Second instance up on port %d (pid %d)%n", port, two.pid());
        return two;
    }

    private static Process startHaproxy(int port, int onePort, int twoPort) throws Exception {
        Path log = ProductionApp.WORK.resolve("haproxy.log");
        ProcessBuilder builder = new ProcessBuilder("/usr/sbin/haproxy", "-db", "-f", "deploy/haproxy.cfg")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment()
                .putAll(Map.of(
                        "SCIMME_LB_PORT", Integer.toString(port),
                        "SCIMME_APP1_PORT", Integer.toString(onePort),
                        "SCIMME_APP2_PORT", Integer.toString(twoPort),
                        "SCIMME_STATS_PORT", Integer.toString(freePort())));
        Process haproxy = builder.start();
        // Through HAProxy: answers only once it sees a server UP.
        awaitStatus(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"), haproxy, log);
        return haproxy;
    }

    private static void awaitStatus(URI uri, Process process, Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(uri + ": the process exited, see " + log);
            }
            try {
                int status = http.send(
                                HttpRequest.newBuilder(uri)
                                        .timeout(Duration.ofSeconds(5))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(uri + " did not answer 200 within 120 s: see " + log);
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
