package dev.scimme.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code KEY=value} files the way the Next.js guide's users write them: {@code #} comments,
 * an optional {@code export}, values optionally in single or double quotes. A later file overrides
 * an earlier one, as {@code .env.local} overrides {@code .env} in Next.js.
 */
final class DotEnvFiles {

    private DotEnvFiles() {}

    static Map<String, String> read(List<Path> files) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Path file : files) {
            if (Files.isRegularFile(file)) {
                try {
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        parseLine(line, values);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + file.toAbsolutePath(), e);
                }
            }
        }
        return values;
    }

    static void parseLine(String rawLine, Map<String, String> into) {
        String line = rawLine.strip();
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        if (line.startsWith("export ")) {
            line = line.substring("export ".length()).strip();
        }
        int equals = line.indexOf('=');
        if (equals <= 0) {
            return;
        }
        String key = line.substring(0, equals).strip();
        String value = line.substring(equals + 1).strip();
        if (value.length() >= 2
                && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            value = value.substring(1, value.length() - 1);
        } else {
            int comment = value.indexOf(" #");
            if (comment >= 0) {
                value = value.substring(0, comment).strip();
            }
        }
        into.put(key, value);
    }
}
