package dev.backease.session;

/** What became of an attempt to open a session or apply an event to it. */
public sealed interface Outcome {

    /** The attempt was accepted; {@code state} is the session now. */
    record Applied(SessionState state) implements Outcome {}

    /**
     * The attempt was refused and nothing changed.
     *
     * @param reason a sentence a person can read
     * @param conflict true when the session is already over (or changed meanwhile): the request was
     *     fine but the session's state forbids it (HTTP 409); false for a bad request (HTTP 400)
     */
    record Rejected(String reason, boolean conflict) implements Outcome {
        static Rejected badRequest(String reason) {
            return new Rejected(reason, false);
        }

        static Rejected conflict(String reason) {
            return new Rejected(reason, true);
        }
    }
}
