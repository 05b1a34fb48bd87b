package dev.backease.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;

class StderrLoggingTest {
    private final LoggerContext context = new LoggerContext();

    @Test
    void logs_go_to_stderr_at_info_unless_the_environment_says_otherwise() {
        ExecutionStatus status = new StderrLogging().configure(context, false, null);

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(status).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        ConsoleAppender<?> appender = (ConsoleAppender<?>) root.getAppender("STDERR");
        assertThat(appender.getTarget()).isEqualTo("System.err");
        assertThat(appender.isStarted()).isTrue();
    }

    @Test
    void the_level_comes_from_backease_log_level_and_a_wrong_name_falls_back_to_info() {
        new StderrLogging().configure(context, false, "DEBUG");
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.DEBUG);

        assertThat(StderrLogging.level("chatty")).isEqualTo(Level.INFO);
        assertThat(StderrLogging.level("warn")).isEqualTo(Level.WARN);
    }

    @Test
    void the_libraries_routine_start_up_messages_are_kept_out() {
        new StderrLogging().configure(context, false, "INFO");

        assertThat(context.getLogger("org.eclipse.jetty.server.Server").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.flywaydb.core.Flyway").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("dev.backease.App").getEffectiveLevel()).isEqualTo(Level.INFO);
    }

    @Test
    void a_configuration_file_given_by_the_user_or_the_tests_takes_over() {
        ExecutionStatus status = new StderrLogging().configure(context, true, "DEBUG");

        assertThat(status).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isNull();
    }
}
