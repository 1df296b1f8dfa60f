package dev.scimme.bench;

import java.nio.file.Path;

final class Headless {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
}
