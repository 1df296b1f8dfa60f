package dev.scimme.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The benchmark suite: {@code ./mvnw -Pbench verify}. Runs the figures of docs/benchmarks.md, prints
 * the table and writes the file ({@code target/benchmarks.md} when only some figures ran).
 */
public final class Benchmarks {

    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        String selection = args.length == 0 ? "all" : args[0];
        Set<Integer> figures = "all".equals(selection)
                ? Set.of(1, 2, 3, 4, 5, 6, 7)
                : Arrays.stream(selection.split(","))
                        .map(String::trim)
                        .map(Integer::valueOf)
                        .collect(Collectors.toSet());
        List<Figure> results = new ArrayList<>();

        if (figures.contains(1)) {
            results.add(ServiceOverhead.run());
        }
        if (figures.stream().anyMatch(number -> number >= 2)) {
            try (ProductionApp app = ProductionApp.start()) {
                if (figures.contains(2)) {
                    results.add(BrowserTiming.run(app));
                }
                if (figures.contains(3)) {
                    results.add(HeapPerSession.run(app));
                }
                if (figures.contains(4)) {
                    results.add(Concurrency.run(app));
                }
                if (figures.contains(5)) {
                    results.add(BytesToProfile.run(app));
                }
                if (figures.contains(6)) {
                    results.add(FullPageLoad.run(app));
                }
                if (figures.contains(7)) {
                    results.add(ClusterCapacity.run(app));
                }
            }
        }

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        boolean complete = "all".equals(selection);
        String command = complete ? Report.COMMAND : Report.COMMAND + " -Dbench.figures=" + selection;
        Path file = Path.of(complete ? "docs/benchmarks.md" : "target/benchmarks.md");
        Report.write(file, Report.markdown(results, took, command));
        System.out.println();
        System.out.print(Report.table(results));
        System.out.printf("%nWritten to %s in %d min %d s.%n", file, took.toMinutes(), took.toSecondsPart());
        // Chromium's driver service and the HTTP clients leave non-daemon threads behind.
        System.exit(0);
    }
}
