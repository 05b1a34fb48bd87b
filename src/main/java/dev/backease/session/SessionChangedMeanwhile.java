package dev.backease.session;

/** Thrown by {@link Sessions#save} when another change was saved since the session was read. */
public final class SessionChangedMeanwhile extends RuntimeException {
    public SessionChangedMeanwhile(SessionId id, long expectedVersion, long storedVersion) {
        super("session " + id + " changed meanwhile: expected version " + expectedVersion + ", found " + storedVersion);
    }
}
