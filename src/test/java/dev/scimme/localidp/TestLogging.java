package dev.scimme.localidp;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Started on its own, the IdP leaves logging alone (in the app, the app owns it), so Logback would
 * print everything at DEBUG. Tests without an app raise the level themselves.
 */
final class TestLogging {

    private TestLogging() {}

    static void quiet() {
        LoggingSystem.get(TestLogging.class.getClassLoader())
                .setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
    }
}
