package dev.scimme.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One instance of the app as a JVM of its own (the test JVM's classpath and java, development mode),
 * so that a kill -9 or a SIGTERM is exactly what an operator's would be. Its settings come from the
 * environment, as in a real deployment ({@code AUTH_ASGARDEO_*}, {@code SPRING_DATA_REDIS_URL}).
 */
final class AppInstance implements AutoCloseable {

    private static final Duration START_PATIENCE = Duration.ofSeconds(150);
    private static final HttpClient PROBE =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    AppInstance(String name, int port, Map<String, String> environment, Path runDirectory) {
        this.name = name;
        this.port = port;
        this.environment = Map.copyOf(environment);
        this.log = runDirectory.resolve(name + ".log");
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    /** This instance directly, bypassing the load balancer. */
    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Starts the JVM and returns at once; {@link #awaitReady()} waits for it. */
    void start() {
        if (isRunning()) {
            return;
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(
                java,
                // Small and quick to start: C1 only, which is enough for a test's few hundred requests.
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.scimme.Application",
                "--server.port=" + port,
                // Vaadin's development overlay would cover the navbar and intercept clicks.
                "--vaadin.devmode.devTools.enabled=false",
                "--vaadin.devmode.liveReload.enabled=false"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith("AUTH_ASGARDEO_") || key.startsWith("SPRING_"));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the readiness probe, the one the load balancer asks, answers 200. */
    void awaitReady() {
        ClusterProcesses.await(this::isReady, process, log, START_PATIENCE, name + " ready");
    }

    boolean isReady() {
        return readiness() == 200;
    }

    /** The status of {@code /actuator/health/readiness}, or 0 when nothing answers. */
    int readiness() {
        try {
            return PROBE.send(
                            HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness")))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** kill -9: no shutdown hook, no graceful anything. Returns once the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as an orchestrator's stop: returns at once, the instance drains and ends on its own. */
    void terminate() {
        process.destroy();
    }

    /** Waits for the process to end (after {@link #terminate()}); false if it is still running after {@code patience}. */
    boolean awaitExit(Duration patience) throws InterruptedException {
        return process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    String logTail() {
        return ClusterProcesses.tail(log);
    }

    @Override
    public void close() {
        if (process != null) {
            ClusterProcesses.terminate(process);
        }
    }
}
