package dev.backease.store;

/**
 * The database could not be opened or migrated at start. The message names the URL without its
 * password and the cause, so the CLI can print it as it is.
 */
public final class DatabaseUnavailableException extends RuntimeException {
    private final String safeUrl;

    public DatabaseUnavailableException(String safeUrl, Throwable cause) {
        super("cannot use the database at " + safeUrl + ": " + describe(cause), cause);
        this.safeUrl = safeUrl;
    }

    public String safeUrl() {
        return safeUrl;
    }

    private static String describe(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return JdbcUrls.withoutPassword(message);
    }
}
