package dev.scimme.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A real Debian {@code redis-server} for tests, on a free loopback port, with nothing written to
 * disk ({@code --save '' --appendonly no}). {@link #stop()} and {@link #start()} take it down and
 * bring it back on the same port, as an outage would; {@link #command} speaks plain RESP, so a test
 * can {@code CLIENT PAUSE} it (a slow Redis) without a client library. Close it when done.
 */
public final class RedisServerProcess implements AutoCloseable {

    public static final Path SERVER = Path.of("/usr/bin/redis-server");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final int port;
    private @Nullable Process process;

    private RedisServerProcess(int port) {
        this.port = port;
    }

    /** Starts one on a free port; fails with what to install when {@code redis-server} is missing. */
    public static RedisServerProcess start() {
        if (!Files.isExecutable(SERVER)) {
            throw new IllegalStateException(SERVER + " is missing: install Debian's redis-server"
                    + " (apt-get install redis-server), as .ci/run does");
        }
        RedisServerProcess redis = new RedisServerProcess(freePort());
        redis.startAgain();
        return redis;
    }

    /** {@code redis://127.0.0.1:port}: the value for {@code SPRING_DATA_REDIS_URL}. */
    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts it again on the same port, empty (nothing was saved). */
    public void startAgain() {
        if (isRunning()) {
            return;
        }
        try {
            process = new ProcessBuilder(
                            SERVER.toString(),
                            "--port",
                            Integer.toString(port),
                            "--bind",
                            "127.0.0.1",
                            "--save",
                            "",
                            "--appendonly",
                            "no",
                            "--daemonize",
                            "no")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + SERVER, e);
        }
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (true) {
            try {
                if ("+PONG".equals(command("PING"))) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("redis-server exited at start on port " + port, notYet);
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("redis-server did not answer PING within " + START_TIMEOUT);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(
                    Duration.ofMillis(20).toNanos());
        }
    }

    /** Takes it down at once (SIGKILL), as a crash would. */
    public void stop() {
        Process running = process;
        if (running == null) {
            return;
        }
        running.destroyForcibly();
        try {
            if (!running.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("redis-server on port " + port + " did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Sends one command and returns the first line of the answer ({@code +OK}, {@code :1}, {@code $-1}…). */
    public String command(String... arguments) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder request = new StringBuilder("*" + arguments.length + "\r\n");
            for (String argument : arguments) {
                request.append('$')
                        .append(argument.getBytes(StandardCharsets.UTF_8).length)
                        .append("\r\n")
                        .append(argument)
                        .append("\r\n");
            }
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String line = in.readLine();
            if (line == null) {
                throw new IOException("no answer");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("redis on port " + port + ": " + String.join(" ", arguments), e);
        }
    }

    /** The keys matching {@code pattern}, for assertions about what is (not) stored. */
    public List<String> keys(String pattern) {
        List<String> keys = new ArrayList<>();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            byte[] pat = pattern.getBytes(StandardCharsets.UTF_8);
            socket.getOutputStream()
                    .write(("*2\r\n$4\r\nKEYS\r\n$" + pat.length + "\r\n" + pattern + "\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            int count = Integer.parseInt(in.readLine().substring(1));
            for (int i = 0; i < count; i++) {
                in.readLine(); // $length
                keys.add(in.readLine());
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
