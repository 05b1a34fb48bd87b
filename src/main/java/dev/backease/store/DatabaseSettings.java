package dev.backease.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Which database to use: --db URL, else BACKEASE_DB_URL, else a SQLite file in the data folder
 * (--data DIR, else BACKEASE_DATA_DIR, else ./data).
 */
public final class DatabaseSettings {
    public static final String FILE_NAME = "backease.db";

    private DatabaseSettings() {
    }

    public static String url(String dbOption, String dataOption, Map<String, String> env) {
        if (present(dbOption)) {
            return dbOption;
        }
        if (present(env.get("BACKEASE_DB_URL"))) {
            return env.get("BACKEASE_DB_URL");
        }
        return "jdbc:sqlite:" + dataFolder(dataOption, env).resolve(FILE_NAME);
    }

    public static Path dataFolder(String dataOption, Map<String, String> env) {
        if (present(dataOption)) {
            return Path.of(dataOption);
        }
        String fromEnv = env.get("BACKEASE_DATA_DIR");
        return Path.of(present(fromEnv) ? fromEnv : "data");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
