package dev.scimme.bench;

import dev.scimme.localidp.LocalIdentityProvider;
import dev.scimme.localidp.LocalIdpSettings;
import dev.scimme.localidp.RunningLocalIdp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The product as it is deployed: the production jar (Vaadin production mode, built from a copy of
 * this project so the working tree's dev-mode classes stay untouched) in a JVM of its own, signed in
 * at the embedded IdP, which runs here in the benchmark's JVM so the figures can set the API's latency.
 * The app's heap is then the app's alone.
 */
final class ProductionApp implements AutoCloseable {

    static final Path WORK = Path.of("target/bench");
    static final String JAVA =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();
    static final String JCMD =
            Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    /** The app JVM's heap: fixed, so heap figures do not depend on how much memory the machine has. */
    static final String APP_HEAP = "-Xmx1g";

    final RunningLocalIdp idp;
    final Process process;
    final int port;
    final Path jar;

    private ProductionApp(RunningLocalIdp idp, Process process, int port, Path jar) {
        this.idp = idp;
        this.process = process;
        this.port = port;
        this.jar = jar;
    }

    static ProductionApp start() throws IOException, InterruptedException {
        Path jar = buildJar();
        int port = freePort();
        RunningLocalIdp idp = LocalIdentityProvider.start(
                LocalIdpSettings.defaults(0, port).withAccessTokenLifetime(Duration.ofHours(2)));
        Path log = WORK.resolve("app.log");
        Path runDir = Files.createDirectories(WORK.resolve("run")); // no .env here: only what is given below
        List<String> command = new ArrayList<>(List.of(
                JAVA, APP_HEAP, "-XX:+UseG1GC", "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port));
        // -Dbench.app.args="--a=b --c=d": settings to try on the app, e.g. to see what a change does to a figure.
        String extra = System.getProperty("bench.app.args", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(runDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("AUTH_ASGARDEO_ISSUER", idp.issuer());
        builder.environment().put("AUTH_ASGARDEO_ID", idp.clientId());
        builder.environment().put("AUTH_ASGARDEO_SECRET", idp.clientSecret());
        builder.environment().put("AUTH_ASGARDEO_ME_ENDPOINT", idp.meEndpoint());
        Process process = builder.start();
        ProductionApp app = new ProductionApp(idp, process, port, jar);
        app.awaitUp(log);
        System.out.printf("Production app up on port %d (pid %d), IdP at %s%n", port, process.pid(), idp.issuer());
        return app;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Another JVM of the same jar on the same IdP (figure 7), listening on {@code otherPort}. */
    ProductionApp sibling(Process other, int otherPort) {
        return new ProductionApp(idp, other, otherPort, jar);
    }

    /** This app as {@link HttpUser}s reach it through a load balancer on {@code balancerPort} (figure 7). */
    ProductionApp reachedThrough(int balancerPort) {
        return new ProductionApp(idp, process, balancerPort, jar);
    }

    long pid() {
        return process.pid();
    }

    /** A diagnostic command in the app's JVM (heap histogram, GC, threads). */
    String jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(JCMD, Long.toString(pid())));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        if (!jcmd.waitFor(120, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    private void awaitUp(Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the production app exited: see " + log);
            }
            try {
                http.send(
                        HttpRequest.newBuilder(URI.create(url("/")))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("the production app did not answer within 120 s: see " + log);
    }

    /**
     * {@code ./mvnw -Pproduction package} in a copy of the project under target/bench, with Maven on
     * this JVM's JDK (Vaadin's build needs Maven itself on 21+). Offline first, then online.
     */
    private static Path buildJar() throws IOException, InterruptedException {
        Path copy = WORK.resolve("production-build").toAbsolutePath();
        deleteTree(copy.resolve("src"));
        Files.createDirectories(copy);
        Path project = Path.of("").toAbsolutePath();
        for (String part : List.of("pom.xml", "mvnw", ".mvn", "src/main", "frontend")) {
            copyTree(project.resolve(part), copy.resolve(part));
        }
        Path log = WORK.resolve("production-build.log").toAbsolutePath();
        System.out.println("Building the production jar (log: " + log + ") …");
        long started = System.nanoTime();
        if (mavenPackage(copy, log, true) != 0 && mavenPackage(copy, log, false) != 0) {
            throw new IllegalStateException("the production build failed: see " + log);
        }
        System.out.printf(
                "Production jar built in %d s%n", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        try (Stream<Path> jars = Files.list(copy.resolve("target"))) {
            return jars.filter(file -> file.getFileName().toString().matches("scim-me-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no jar after the production build"));
        }
    }

    private static int mavenPackage(Path project, Path log, boolean offline) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("./mvnw", "-B", "-q", "-Pproduction", "-DskipTests", "package"));
        if (offline) {
            command.add(1, "-o");
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return builder.start().waitFor();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> all = Files.walk(from)) {
            for (Path source : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(
                            source,
                            target,
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        idp.close();
    }
}
