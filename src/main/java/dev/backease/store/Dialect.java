package dev.backease.store;

/** The two databases BackEase runs on; each has its own migration folder. */
public enum Dialect {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    public String migrations() {
        return "classpath:db/migration/" + folder;
    }

    public static Dialect of(String url) {
        if (url.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database URL " + JdbcUrls.withoutPassword(url)
                + " (use jdbc:sqlite:PATH or jdbc:postgresql://HOST:PORT/DB)");
    }
}
