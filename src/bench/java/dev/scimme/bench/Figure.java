package dev.scimme.bench;

import java.util.ArrayList;
import java.util.List;

/** One figure of the report: its measured rows against their targets, and what explains them. */
final class Figure {

    enum Verdict {
        MET("met"),
        MISSED("**missed**"),
        INFO("—");

        final String label;

        Verdict(String label) {
            this.label = label;
        }
    }

    record Row(String measure, String value, String target, Verdict verdict) {}

    final int number;
    final String title;
    final String method;
    final List<Row> rows = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    Figure(int number, String title, String method) {
        this.number = number;
        this.title = title;
        this.method = method;
    }

    Figure row(String measure, String value, String target, boolean met) {
        rows.add(new Row(measure, value, target, met ? Verdict.MET : Verdict.MISSED));
        return this;
    }

    Figure info(String measure, String value) {
        rows.add(new Row(measure, value, "", Verdict.INFO));
        return this;
    }

    Figure note(String text) {
        notes.add(text);
        return this;
    }

    static String ms(double millis) {
        return String.format("%.1f ms", millis);
    }

    static String ratio(double value) {
        return String.format("%.2f×", value);
    }
}
