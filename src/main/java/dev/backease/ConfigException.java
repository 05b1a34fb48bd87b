package dev.backease;

/** A setting has an unusable value; the message names the flag or environment variable to fix. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
