package dev.backease.session;

import dev.backease.account.AccountId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Sessions kept in memory: for tests and for runs without a database. */
public final class InMemorySessions implements Sessions {
    private final Map<SessionId, SessionState> byId = new ConcurrentHashMap<>();

    @Override
    public void save(SessionState state) {
        byId.compute(state.id(), (id, stored) -> {
            long storedVersion = stored == null ? 0 : stored.version();
            if (storedVersion != state.version() - 1 || (stored != null && !stored.owner().equals(state.owner()))) {
                throw new SessionChangedMeanwhile(id, state.version() - 1, storedVersion);
            }
            return state;
        });
    }

    @Override
    public Optional<SessionState> findById(AccountId owner, SessionId id) {
        return Optional.ofNullable(byId.get(id)).filter(state -> state.owner().equals(owner));
    }
}
