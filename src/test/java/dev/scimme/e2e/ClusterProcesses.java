package dev.scimme.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** What every process of a {@link Cluster} needs: a free port, a wait for it, and a clean end. */
final class ClusterProcesses {

    private ClusterProcesses() {}

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until something accepts connections on {@code port}; fails at once, with its log, if the process died. */
    static void awaitPort(int port, Process process, Path log, Duration patience) {
        await(() -> accepts(port), process, log, patience, "port " + port);
    }

    /** Polls {@code condition} (every 100 ms) until true; fails with the log's tail if the process ends first. */
    static void await(BooleanSupplier condition, Process process, Path log, Duration patience, String what) {
        await(condition, patience, what, () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(what + ": the process ended with " + process.exitValue()
                        + "; its log ends with:\n" + tail(log));
            }
            return tail(log);
        });
    }

    /**
     * Polls {@code condition} (every 100 ms) until true, for at most {@code patience}. {@code context}
     * is asked at each look: it may fail early (a process died), and says what to show on a timeout.
     */
    static void await(BooleanSupplier condition, Duration patience, String what, Supplier<String> context) {
        Instant deadline = Instant.now().plus(patience);
        while (!condition.getAsBoolean()) {
            String shown = context.get();
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(what + " not reached within " + patience + ":\n" + shown);
            }
            pause();
        }
    }

    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** SIGTERM, then SIGKILL if it is still there after 30 s. */
    static void terminate(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    /** The poll interval of the waits above: they wait for a condition, this only spaces the looks. */
    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }
}
