package dev.backease.cli;

/** The person gave something BackEase cannot use (exit code 2); the message says what and where. */
public final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
