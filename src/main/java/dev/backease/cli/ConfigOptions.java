package dev.backease.cli;

import dev.backease.Config;
import dev.backease.Config.Setting;
import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Flags that override the environment. Each group is a picocli mixin, so a command offers only the
 * flags that mean something to it (a new command adds the groups it needs with {@code @Mixin}).
 */
public final class ConfigOptions {
    private ConfigOptions() {}

    /** Resolves the configuration from the given flag groups and the environment (flags win). */
    public static Config resolve(Map<String, String> env, Group... groups) {
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        for (Group group : groups) {
            group.addTo(flags);
        }
        return Config.resolve(flags, env);
    }

    /** A set of flags. */
    public interface Group {
        void addTo(Map<Setting, String> flags);
    }

    /** Where data lives: the database and the data folder. */
    public static final class Storage implements Group {
        @Option(names = "--db", paramLabel = "URL",
                description = "JDBC URL: jdbc:sqlite:PATH or jdbc:postgresql://HOST:PORT/DB?user=..&password=.. "
                        + "(env BACKEASE_DB_URL; default: a SQLite file in the data folder)")
        String db;

        @Option(names = "--data", paramLabel = "DIR",
                description = "Data folder (env BACKEASE_DATA_DIR; default ./data)")
        String data;

        @Override
        public void addTo(Map<Setting, String> flags) {
            put(flags, Setting.DB, db);
            put(flags, Setting.DATA, data);
        }
    }

    /** How the web server listens. */
    public static final class Server implements Group {
        @Option(names = "--host", paramLabel = "HOST",
                description = "Address to listen on (env BACKEASE_HOST; default 127.0.0.1; 0.0.0.0 for every network)")
        String host;

        @Option(names = "--port", paramLabel = "P", description = "Port (env BACKEASE_PORT; default 8080; 0 = any free port)")
        String port;

        @Option(names = "--max-body-bytes", paramLabel = "N",
                description = "Largest request body accepted (env BACKEASE_MAX_BODY_BYTES; default 65536)")
        String maxBodyBytes;

        @Option(names = "--http-threads", paramLabel = "N",
                description = "Request threads (env BACKEASE_HTTP_THREADS; default 4 per core, at least 8; 4 to 1000)")
        String httpThreads;

        @Override
        public void addTo(Map<Setting, String> flags) {
            put(flags, Setting.HOST, host);
            put(flags, Setting.PORT, port);
            put(flags, Setting.MAX_BODY_BYTES, maxBodyBytes);
            put(flags, Setting.HTTP_THREADS, httpThreads);
        }
    }

    /** The number that screening results tell people to call in an emergency. */
    public static final class Emergency implements Group {
        @Option(names = "--emergency-number", paramLabel = "NUMBER",
                description = "Emergency phone number shown in urgent advice (env BACKEASE_EMERGENCY_NUMBER; default 112)")
        String emergencyNumber;

        @Override
        public void addTo(Map<Setting, String> flags) {
            put(flags, Setting.EMERGENCY_NUMBER, emergencyNumber);
        }
    }

    private static void put(Map<Setting, String> flags, Setting setting, String value) {
        if (value != null) {
            flags.put(setting, value);
        }
    }
}
