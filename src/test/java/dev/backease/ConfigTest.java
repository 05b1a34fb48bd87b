package dev.backease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backease.Config.Setting;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {
    @Test
    void without_flags_or_environment_it_serves_only_this_machine_with_a_local_database() {
        Config config = Config.fromEnvironment(Map.of());

        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.dataDir()).isEqualTo(Path.of("./data"));
        assertThat(config.dbUrl()).isEqualTo("jdbc:sqlite:" + Path.of("./data").resolve("backease.db"));
        assertThat(config.emergencyNumber()).isEqualTo("112");
        assertThat(config.maxBodyBytes()).isEqualTo(64 * 1024);
        assertThat(config.httpThreads()).isEqualTo(Math.max(8, 4 * Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void request_threads_come_from_the_flag_or_the_environment_and_a_bad_value_names_its_source() {
        assertThat(Config.fromEnvironment(Map.of("BACKEASE_HTTP_THREADS", "24")).httpThreads()).isEqualTo(24);
        assertThat(Config.resolve(Map.of(Config.Setting.HTTP_THREADS, "16"), Map.of("BACKEASE_HTTP_THREADS", "24"))
                .httpThreads()).isEqualTo(16);
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("BACKEASE_HTTP_THREADS", "2")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("BACKEASE_HTTP_THREADS: must be a whole number from 4 to 1000, not '2'");
        assertThatThrownBy(() -> Config.resolve(Map.of(Config.Setting.HTTP_THREADS, "many"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("--http-threads: must be a whole number from 4 to 1000, not 'many'");
    }

    @Test
    void environment_variables_set_what_flags_do_not() {
        Config config = Config.fromEnvironment(Map.of("BACKEASE_PORT", "9000", "BACKEASE_HOST", "0.0.0.0",
                "BACKEASE_DATA_DIR", "/srv/backease", "BACKEASE_EMERGENCY_NUMBER", "911"));

        assertThat(config.port()).isEqualTo(9000);
        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.dbUrl()).isEqualTo("jdbc:sqlite:" + Path.of("/srv/backease").resolve("backease.db"));
        assertThat(config.emergencyNumber()).isEqualTo("911");
    }

    @Test
    void flags_beat_environment_variables() {
        Config config = Config.resolve(
                Map.of(Setting.PORT, "7000", Setting.DB, "jdbc:postgresql://db:5432/backease"),
                Map.of("BACKEASE_PORT", "9000", "BACKEASE_DB_URL", "jdbc:sqlite:/tmp/x.db"));

        assertThat(config.port()).isEqualTo(7000);
        assertThat(config.dbUrl()).isEqualTo("jdbc:postgresql://db:5432/backease");
    }

    @Test
    void an_unusable_value_names_the_flag_or_variable_it_came_from() {
        assertThatThrownBy(() -> Config.resolve(Map.of(Setting.PORT, "eighty"), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("--port: must be a whole number");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("BACKEASE_PORT", "70000")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("BACKEASE_PORT:");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("BACKEASE_DB_URL", "mysql://x")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("BACKEASE_DB_URL: must be a JDBC URL");
    }
}
