package dev.scimme.bench;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code jcmd GC.class_histogram} (live objects, after a full GC): bytes and instances per class. */
record Histogram(Map<String, long[]> classes, long totalBytes) {

    private static final Pattern LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)", Pattern.MULTILINE);

    static Histogram parse(String jcmdOutput) {
        Map<String, long[]> classes = new LinkedHashMap<>();
        for (String line : jcmdOutput.split("\n")) {
            Matcher matcher = LINE.matcher(line);
            if (matcher.find()) {
                classes.merge(
                        matcher.group(3),
                        new long[] {Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            }
        }
        Matcher total = TOTAL.matcher(jcmdOutput);
        if (!total.find()) {
            throw new IllegalStateException("no total in the histogram");
        }
        return new Histogram(classes, Long.parseLong(total.group(2)));
    }

    long instances(String className) {
        return classes.getOrDefault(className, new long[2])[0];
    }

    /** The classes whose bytes grew most from {@code before} to this one: name, bytes, instances. */
    List<Map.Entry<String, long[]>> largestGrowth(Histogram before, int count) {
        Map<String, long[]> growth = new LinkedHashMap<>();
        classes.forEach((name, now) -> {
            long[] then = before.classes.getOrDefault(name, new long[2]);
            growth.put(name, new long[] {now[0] - then[0], now[1] - then[1]});
        });
        return growth.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> entry) -> entry.getValue()[1])
                        .reversed())
                .limit(count)
                .toList();
    }

    /** Growth per library, by package prefix: who holds the bytes (JDK types are counted where they are). */
    Map<String, Long> growthByOwner(Histogram before) {
        Map<String, Long> owners = new LinkedHashMap<>();
        classes.forEach((name, now) -> {
            long[] then = before.classes.getOrDefault(name, new long[2]);
            owners.merge(owner(name), now[1] - then[1], Long::sum);
        });
        return owners;
    }

    private static String owner(String className) {
        String name = className.replace("[L", "").replace(";", "");
        for (String prefix : List.of(
                "com.vaadin.flow.internal",
                "com.vaadin.flow.component",
                "com.vaadin.flow",
                "com.vaadin",
                "org.atmosphere",
                "org.apache",
                "org.springframework.security",
                "org.springframework",
                "tools.jackson",
                "dev.scimme")) {
            if (name.startsWith(prefix)) {
                return prefix + ".*";
            }
        }
        return name.startsWith("[") || name.startsWith("java.") ? "JDK types (arrays, strings, maps)" : "other";
    }
}
