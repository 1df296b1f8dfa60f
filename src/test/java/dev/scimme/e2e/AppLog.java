package dev.scimme.e2e;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Everything logged in this JVM while recording (the app, and the embedded IdP, which shares the
 * app's logging): message, arguments, logger, thread, MDC and stack traces, as text. The app's own
 * code, Spring Security and Spring's HTTP clients log at DEBUG meanwhile — the level someone
 * chasing a sign-in problem would turn on — into this capture only, not the console.
 */
final class AppLog implements AutoCloseable {

    private static final List<String> VERBOSE = List.of(
            "dev.scimme", "org.springframework.security", "org.springframework.web.client", "org.springframework.http");

    private final Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent event) {
            // Thread name and MDC are otherwise read later, on the test's thread.
            event.prepareForDeferredProcessing();
            super.append(event);
        }
    };
    private final List<Logger> verbose;
    private final List<Level> previousLevels;

    AppLog() {
        appender.setContext(root.getLoggerContext());
        appender.start();
        root.addAppender(appender);
        verbose = VERBOSE.stream()
                .map(name -> root.getLoggerContext().getLogger(name))
                .toList();
        previousLevels = verbose.stream().map(Logger::getLevel).toList();
        for (Logger logger : verbose) {
            logger.setLevel(Level.DEBUG);
            logger.setAdditive(false);
            logger.addAppender(appender);
        }
    }

    List<String> lines() {
        return appender.list.stream().map(AppLog::text).toList();
    }

    private static String text(ILoggingEvent event) {
        StringBuilder text = new StringBuilder()
                .append(event.getLoggerName())
                .append(' ')
                .append(event.getThreadName())
                .append(' ')
                .append(event.getFormattedMessage())
                .append(' ')
                .append(event.getMDCPropertyMap());
        if (event.getArgumentArray() != null) {
            for (Object argument : event.getArgumentArray()) {
                text.append(' ').append(argument);
            }
        }
        if (event.getThrowableProxy() != null) {
            text.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
        }
        return text.toString();
    }

    @Override
    public void close() {
        for (int i = 0; i < verbose.size(); i++) {
            Logger logger = verbose.get(i);
            logger.detachAppender(appender);
            logger.setAdditive(true);
            logger.setLevel(previousLevels.get(i));
        }
        root.detachAppender(appender);
        appender.stop();
    }
}
