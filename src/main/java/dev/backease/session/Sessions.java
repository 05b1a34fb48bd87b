package dev.backease.session;

import dev.backease.account.AccountId;
import java.util.Optional;

/** Where live sessions are kept. Each session belongs to one account; others never see it. */
public interface Sessions {

    /**
     * Saves a new session (version 1) or the next version of a stored one.
     *
     * @throws SessionChangedMeanwhile when the stored version is not {@code state.version() - 1}
     */
    void save(SessionState state);

    /** The owner's session; empty for an unknown id and for another account's session alike. */
    Optional<SessionState> findById(AccountId owner, SessionId id);
}
