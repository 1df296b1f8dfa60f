package dev.scimme.bench;

import java.util.Arrays;
import java.util.List;

/** Percentiles of a sample (nearest rank), for the harness-measured figures. */
record Stats(double[] sorted) {

    static Stats of(List<Double> values) {
        double[] all = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(all);
        return new Stats(all);
    }

    double percentile(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    double median() {
        return percentile(50);
    }

    double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    int count() {
        return sorted.length;
    }
}
