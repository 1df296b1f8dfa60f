package dev.scimme.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Debian's HAProxy running the committed {@code deploy/haproxy.cfg}, given its ports through the
 * environment exactly as {@code deploy/cluster.sh} does. Its statistics (CSV) tell which servers it
 * sees UP and how many 5xx answers it gave.
 */
final class LoadBalancer implements AutoCloseable {

    static final Path BINARY = Path.of(System.getProperty("haproxy.binary", "/usr/sbin/haproxy"));
    static final Path CONFIG = Path.of(System.getProperty("haproxy.config", "deploy/haproxy.cfg"));

    private final int port;
    private final int statsPort;
    private final Path log;
    private final Process process;
    private final HttpClient http = HttpClient.newHttpClient();

    private LoadBalancer(int port, int statsPort, Path log, Process process) {
        this.port = port;
        this.statsPort = statsPort;
        this.log = log;
        this.process = process;
    }

    static LoadBalancer start(int port, List<AppInstance> instances, Path runDirectory) {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(
                    "The cluster tests need Debian's haproxy: apt-get install haproxy (looked for " + BINARY + ")");
        }
        int statsPort = ClusterProcesses.freePort();
        Path log = runDirectory.resolve("haproxy.log");
        // -db: in the foreground, logging to standard output (see the config's global section).
        ProcessBuilder builder = new ProcessBuilder(BINARY.toString(), "-db", "-f", CONFIG.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment()
                .putAll(Map.of(
                        "SCIMME_LB_PORT", Integer.toString(port),
                        "SCIMME_APP1_PORT", Integer.toString(instances.get(0).port()),
                        "SCIMME_APP2_PORT", Integer.toString(instances.get(1).port()),
                        "SCIMME_STATS_PORT", Integer.toString(statsPort)));
        try {
            Process process = builder.start();
            ClusterProcesses.awaitPort(port, process, log, Duration.ofSeconds(20));
            return new LoadBalancer(port, statsPort, log, process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The app as the browser reaches it; 127.0.0.1, so its cookies never mix with the IdP's on localhost. */
    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** HAProxy's view of a server: UP, DOWN, MAINT, or a transition such as "UP 1/2". */
    String status(AppInstance instance) {
        return statistic("scimme", instance.name(), "status");
    }

    boolean seesUp(AppInstance instance) {
        return status(instance).equals("UP");
    }

    /** 5xx answers HAProxy gave to browsers so far (its own 502/503/504 and any the app sent). */
    long serverErrorsAnswered() {
        return Long.parseLong(statistic("www", "FRONTEND", "hrsp_5xx"));
    }

    /** Requests a server has answered so far. */
    long requestsServedBy(AppInstance instance) {
        String value = statistic("scimme", instance.name(), "hrsp_2xx");
        return value.isEmpty() ? 0 : Long.parseLong(value);
    }

    String logTail() {
        return ClusterProcesses.tail(log);
    }

    private String statistic(String proxy, String server, String column) {
        List<String> lines = stats().lines().toList();
        List<String> header = Arrays.asList(lines.get(0).replaceFirst("^# ", "").split(",", -1));
        int index = header.indexOf(column);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells.length > index && cells[0].equals(proxy) && cells[1].equals(server)) {
                return cells[index];
            }
        }
        throw new IllegalStateException("no " + proxy + "/" + server + " in HAProxy's statistics:\n" + stats());
    }

    private String stats() {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + statsPort + "/stats;csv"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        ClusterProcesses.terminate(process);
    }
}
