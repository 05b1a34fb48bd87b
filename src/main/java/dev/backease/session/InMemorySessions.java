package dev.backease.session;

import dev.backease.account.AccountId;
import dev.backease.account.AuditEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Sessions kept in memory: for tests and for runs without a database. */
public final class InMemorySessions implements Sessions {
    private final Map<SessionId, Stored> byId = new ConcurrentHashMap<>();

    /** A session's latest snapshot and its events (a synchronized list, copied under its own lock). */
    private record Stored(SessionState state, List<SessionEvent> events) {
    }

    private final List<AuditEvent> records = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void save(SessionState state, AuditEvent record) {
        save(state);
        records.add(record);
    }

    /** The records kept with saves and reads, oldest first. */
    public List<AuditEvent> records() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }

    @Override
    public void save(SessionState state) {
        byId.compute(state.id(), (id, stored) -> {
            long storedVersion = stored == null ? 0 : stored.state().version();
            if (storedVersion != state.version() - 1 || (stored != null && !stored.state().owner().equals(state.owner()))) {
                throw new SessionChangedMeanwhile(id, state.version() - 1, storedVersion);
            }
            List<SessionEvent> events = stored == null ? Collections.synchronizedList(new ArrayList<>()) : stored.events();
            if (state.lastEvent() != null) {
                events.add(state.lastEvent());
            }
            return new Stored(state, events);
        });
    }

    @Override
    public Optional<SessionState> findById(AccountId owner, SessionId id) {
        return Optional.ofNullable(byId.get(id)).map(Stored::state).filter(state -> state.owner().equals(owner));
    }

    @Override
    public Optional<SessionState> read(AccountId owner, SessionId id, AuditEvent record) {
        Optional<SessionState> found = findById(owner, id);
        found.ifPresent(state -> records.add(record));
        return found;
    }

    @Override
    public Optional<List<SessionEvent>> events(AccountId owner, SessionId id) {
        return Optional.ofNullable(byId.get(id)).filter(stored -> stored.state().owner().equals(owner))
                .map(stored -> {
                    synchronized (stored.events()) {
                        return List.copyOf(stored.events());
                    }
                });
    }
}
