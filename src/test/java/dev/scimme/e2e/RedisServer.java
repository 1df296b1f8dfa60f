package dev.scimme.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Debian's {@code redis-server} on a free loopback port, with nothing persisted: the shared store of a
 * {@link Cluster}. Stopped and started again on the same port, as an outage would.
 */
final class RedisServer implements AutoCloseable {

    static final Path BINARY = Path.of(System.getProperty("redis.binary", "/usr/bin/redis-server"));

    private final int port;
    private final Path log;
    private Process process;

    private RedisServer(int port, Path log) {
        this.port = port;
        this.log = log;
    }

    static RedisServer start(Path runDirectory) {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(
                    "The cluster tests need Debian's redis-server: apt-get install redis-server (looked for " + BINARY
                            + ")");
        }
        RedisServer redis = new RedisServer(ClusterProcesses.freePort(), runDirectory.resolve("redis.log"));
        redis.start();
        return redis;
    }

    /** What an instance gets as {@code SPRING_DATA_REDIS_URL}. */
    String url() {
        return "redis://127.0.0.1:" + port;
    }

    void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            process = new ProcessBuilder(List.of(
                            BINARY.toString(),
                            "--port",
                            Integer.toString(port),
                            "--bind",
                            "127.0.0.1",
                            "--save",
                            "",
                            "--appendonly",
                            "no"))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ClusterProcesses.awaitPort(port, process, log, Duration.ofSeconds(20));
    }

    void stop() {
        if (process != null) {
            ClusterProcesses.terminate(process);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
