package dev.scimme.bench;

import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Figure 1 with JMH: latency at one caller (sample mode) and throughput at 32 callers, both benchmarks in one fork each. */
final class ServiceOverhead {

    private static final String BARE = "bareHttpClient";
    private static final String SERVICE = "scimMeService";

    private ServiceOverhead() {}

    static Figure run() throws RunnerException {
        Collection<RunResult> latency = new Runner(options(Mode.SampleTime, 1, TimeUnit.MICROSECONDS)).run();
        Collection<RunResult> throughput = new Runner(options(Mode.Throughput, 32, TimeUnit.SECONDS)).run();

        double bareMedian =
                result(latency, BARE).getPrimaryResult().getStatistics().getPercentile(50);
        double serviceMedian =
                result(latency, SERVICE).getPrimaryResult().getStatistics().getPercentile(50);
        double bareP99 =
                result(latency, BARE).getPrimaryResult().getStatistics().getPercentile(99);
        double serviceP99 =
                result(latency, SERVICE).getPrimaryResult().getStatistics().getPercentile(99);
        double bareOps = result(throughput, BARE).getPrimaryResult().getScore();
        double serviceOps = result(throughput, SERVICE).getPrimaryResult().getScore();

        Figure figure = new Figure(
                1,
                "Service overhead",
                "JMH 1.37, one fork per mode, 3 × 2 s warm-up and 5 × 2 s measurement per benchmark. "
                        + "`scimMeService` is `ScimMeClient.fetchProfile` (token lookup, `RestClient` on the JDK "
                        + "`HttpClient`, bounded body read, SCIM parsing into `ScimProfile`) with a fixed token; "
                        + "`bareHttpClient` is a JDK `HttpClient` GET with the same headers, body read as bytes. "
                        + "Both call the same in-process loopback stub (`com.sun.net.httpserver`, virtual threads) "
                        + "answering the demo user's SCIM resource at once. Latency: sample mode, 1 thread; "
                        + "throughput: 32 threads.");
        figure.info("bare client, median / p99 latency", String.format("%.1f µs / %.1f µs", bareMedian, bareP99));
        figure.info("service, median / p99 latency", String.format("%.1f µs / %.1f µs", serviceMedian, serviceP99));
        figure.row(
                "service ÷ bare, median latency (1 caller)",
                Figure.ratio(serviceMedian / bareMedian),
                "≤ 1.10×",
                serviceMedian / bareMedian <= 1.10);
        figure.info("service ÷ bare, p99 latency (1 caller)", Figure.ratio(serviceP99 / bareP99));
        figure.info(
                "bare client / service throughput (32 callers)",
                String.format("%.0f / %.0f ops/s", bareOps, serviceOps));
        figure.row(
                "service ÷ bare, throughput (32 callers)",
                Figure.ratio(serviceOps / bareOps),
                "≥ 0.90×",
                serviceOps / bareOps >= 0.90);
        return figure;
    }

    private static Options options(Mode mode, int threads, TimeUnit unit) {
        return new OptionsBuilder()
                .include(ServiceOverheadBenchmark.class.getName() + "\\.")
                .mode(mode)
                .timeUnit(unit)
                .threads(threads)
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(2))
                .jvmArgs("-Xms512m", "-Xmx512m")
                .shouldFailOnError(true)
                .build();
    }

    private static RunResult result(Collection<RunResult> results, String method) {
        return results.stream()
                .filter(result -> result.getParams().getBenchmark().endsWith("." + method))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no JMH result for " + method));
    }
}
