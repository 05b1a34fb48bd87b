package dev.backease.session;

import dev.backease.account.AccountId;
import dev.backease.account.AuditEvent;
import java.util.List;
import java.util.Optional;

/** Where live sessions are kept. Each session belongs to one account; others never see it. */
public interface Sessions {

    /**
     * Saves a new session (version 1) or the next version of a stored one, and appends the snapshot's
     * {@link SessionState#lastEvent()}, if it has one, to the session's events as number
     * {@code eventCount - 1} (counting from 0). The snapshot does not hold earlier events: they were
     * appended by the saves before.
     *
     * @throws SessionChangedMeanwhile when the stored version is not {@code state.version() - 1}
     */
    void save(SessionState state);

    /**
     * Saves as {@link #save(SessionState)} does, and keeps {@code record} (who changed this person's
     * health data, when and from where) with it: both are kept, or neither is. A change is never
     * kept unrecorded, and no record names a change that was not kept.
     *
     * @throws SessionChangedMeanwhile when the stored version is not {@code state.version() - 1}
     */
    void save(SessionState state, AuditEvent record);

    /**
     * The owner's session as this process last read or saved it, without asking where sessions are
     * kept: another instance may have changed it since, so it is only where a change may start from,
     * and the save (which checks the version) tells whether it was the latest. Empty when none is at
     * hand, and for another account's session.
     */
    default Optional<SessionState> lastKnown(AccountId owner, SessionId id) {
        return Optional.empty();
    }

    /** The owner's session; empty for an unknown id and for another account's session alike. */
    Optional<SessionState> findById(AccountId owner, SessionId id);

    /**
     * Reads as {@link #findById} does, and keeps {@code record} (who read this person's health data,
     * when and from where) when the session was found: a session is never handed out unrecorded.
     */
    Optional<SessionState> read(AccountId owner, SessionId id, AuditEvent record);

    /**
     * Every event the owner's session accepted, in order, each with its time; empty (not an empty list)
     * for an unknown id and for another account's session alike.
     */
    Optional<List<SessionEvent>> events(AccountId owner, SessionId id);
}
