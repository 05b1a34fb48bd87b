package dev.backease.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.List;

/**
 * The program's logging, set up in code rather than by a logback.xml: reading an XML configuration
 * costs about a fifth of a second at every start (an XML parser and logback's Joran machinery),
 * which the command line and {@code serve} pay before doing anything useful.
 *
 * <p>Logs go to stderr, so stdout carries only the program's JSON output; no health data is logged.
 * {@code BACKEASE_LOG_LEVEL} sets the level (INFO by default). A {@code logback-test.xml} on the
 * classpath (the tests) or {@code -Dlogback.configurationFile} still wins, through logback's own
 * configurators.
 */
public final class StderrLogging extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n";
    /** Libraries that report their routine start-up at INFO: only their warnings are worth a line. */
    static final List<String> QUIET = List.of(
            "org.eclipse.jetty", "io.javalin", "org.flywaydb", "com.zaxxer.hikari", "net.fortuna.ical4j");

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        boolean fileGiven = System.getProperty("logback.configurationFile") != null
                || StderrLogging.class.getResource("/logback-test.xml") != null;
        return configure(context, fileGiven, System.getenv("BACKEASE_LOG_LEVEL"));
    }

    ExecutionStatus configure(LoggerContext context, boolean fileGiven, String levelName) {
        if (fileGiven) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(level(levelName));
        root.addAppender(stderr(context));
        QUIET.forEach(name -> context.getLogger(name).setLevel(Level.WARN));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The level named by the environment, INFO when it is unset or not a level's name. */
    static Level level(String name) {
        return Level.toLevel(name, Level.INFO);
    }

    private static ConsoleAppender<ILoggingEvent> stderr(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("STDERR");
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }
}
