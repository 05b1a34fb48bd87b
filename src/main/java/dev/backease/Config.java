package dev.backease;

import java.nio.file.Path;
import java.util.Map;

/**
 * How this BackEase runs. Each setting comes from a command-line flag, else its environment variable,
 * else a default that is safe on a laptop (only this machine can reach the server).
 */
public record Config(String host, int port, String dbUrl, Path dataDir, String emergencyNumber, int maxBodyBytes,
        int httpThreads) {

    /**
     * Request threads unless set: 4 per core, at least 8. On 2 cores more threads only shared the cores
     * in turns and made every request wait longer (docs/PERFORMANCE.md); a server whose database is
     * further away than this machine may want more, since a thread waiting for it holds no core.
     */
    public static int defaultHttpThreads() {
        return Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    }

    /** The settings, each with its flag and environment variable. */
    public enum Setting {
        HOST("--host", "BACKEASE_HOST", "127.0.0.1"),
        PORT("--port", "BACKEASE_PORT", "8080"),
        DB("--db", "BACKEASE_DB_URL", null),
        DATA("--data", "BACKEASE_DATA_DIR", "./data"),
        EMERGENCY_NUMBER("--emergency-number", "BACKEASE_EMERGENCY_NUMBER", "112"),
        MAX_BODY_BYTES("--max-body-bytes", "BACKEASE_MAX_BODY_BYTES", String.valueOf(64 * 1024)),
        HTTP_THREADS("--http-threads", "BACKEASE_HTTP_THREADS", String.valueOf(defaultHttpThreads()));

        public final String flag;
        public final String variable;
        final String fallback;

        Setting(String flag, String variable, String fallback) {
            this.flag = flag;
            this.variable = variable;
            this.fallback = fallback;
        }
    }

    /** The environment alone, for commands that take no flags. */
    public static Config fromEnvironment(Map<String, String> env) {
        return resolve(Map.of(), env);
    }

    /**
     * Flags beat environment variables, which beat defaults. The database defaults to a SQLite file
     * inside the data folder, wherever that folder was put.
     *
     * @throws ConfigException naming the flag or variable when a value is unusable
     */
    public static Config resolve(Map<Setting, String> flags, Map<String, String> env) {
        Lookup lookup = new Lookup(flags, env);
        String host = lookup.text(Setting.HOST);
        int port = lookup.number(Setting.PORT, 0, 65_535);
        Path dataDir = Path.of(lookup.text(Setting.DATA));
        String db = lookup.value(Setting.DB);
        String dbUrl = db != null ? requireJdbc(db, lookup.source(Setting.DB))
                : "jdbc:sqlite:" + dataDir.resolve("backease.db");
        String emergency = lookup.text(Setting.EMERGENCY_NUMBER);
        int maxBody = lookup.number(Setting.MAX_BODY_BYTES, 1024, 16 * 1024 * 1024);
        int httpThreads = lookup.number(Setting.HTTP_THREADS, 4, 1000);
        return new Config(host, port, dbUrl, dataDir, emergency, maxBody, httpThreads);
    }

    private static String requireJdbc(String url, String source) {
        if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
            throw new ConfigException(source + ": must be a JDBC URL starting jdbc:sqlite: or jdbc:postgresql:");
        }
        return url;
    }

    /** Finds a setting's value and remembers where it came from, so errors can say what to fix. */
    private record Lookup(Map<Setting, String> flags, Map<String, String> env) {
        String value(Setting setting) {
            String flag = flags.get(setting);
            if (flag != null) {
                return flag;
            }
            String variable = env.get(setting.variable);
            return variable == null || variable.isBlank() ? setting.fallback : variable;
        }

        String source(Setting setting) {
            if (flags.get(setting) != null) {
                return setting.flag;
            }
            String variable = env.get(setting.variable);
            return variable == null || variable.isBlank() ? setting.flag : setting.variable;
        }

        String text(Setting setting) {
            String value = value(setting).trim();
            if (value.isEmpty()) {
                throw new ConfigException(source(setting) + ": must not be empty");
            }
            return value;
        }

        int number(Setting setting, int min, int max) {
            String value = text(setting);
            try {
                int number = Integer.parseInt(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below, with the allowed range
            }
            throw new ConfigException(source(setting) + ": must be a whole number from " + min + " to " + max
                    + ", not '" + value + "'");
        }
    }
}
