package dev.backease.store;

import dev.backease.account.AccountId;
import dev.backease.session.SessionId;
import dev.backease.session.SessionState;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Live sessions as last read or saved by this process, each at its version. A read still asks the
 * database for the session's version (and its owner); only when that version is the one kept does it
 * skip fetching and parsing the document. Since every change adds one to the version, and a save
 * checks the version it was made from, a kept session at the stored version is exactly what is
 * stored, whichever instance wrote it. Bounded: the least recently used are dropped first. One per
 * {@link Database}, so that erasing an account drops what was kept of it.
 */
final class SessionCache {
    /** Sessions being run at once on one instance; each holds its plan (tens of kilobytes). */
    static final int DEFAULT_MAX_SESSIONS = 256;

    private final Map<SessionId, SessionState> byId;

    SessionCache(int maxSessions) {
        this.byId = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<SessionId, SessionState> eldest) {
                return size() > maxSessions;
            }
        };
    }

    /** The version of the kept session, or 0 (no session has version 0) when none is kept. */
    synchronized long versionOf(SessionId id) {
        SessionState kept = byId.get(id);
        return kept == null ? 0 : kept.version();
    }

    /** The kept session if it is this owner's and at exactly this version. */
    synchronized Optional<SessionState> at(AccountId owner, SessionId id, long version) {
        SessionState kept = byId.get(id);
        return kept != null && kept.version() == version && kept.owner().equals(owner) ? Optional.of(kept) : Optional.empty();
    }

    /** The kept session if it is this owner's, at whatever version it was kept. */
    synchronized Optional<SessionState> latest(AccountId owner, SessionId id) {
        SessionState kept = byId.get(id);
        return kept != null && kept.owner().equals(owner) ? Optional.of(kept) : Optional.empty();
    }

    /** Keeps a session as read or as saved; an older version never replaces a newer one. */
    synchronized void keep(SessionState state) {
        SessionState kept = byId.get(state.id());
        if (kept == null || kept.version() <= state.version()) {
            byId.put(state.id(), state);
        }
    }

    synchronized void forgetOwner(AccountId owner) {
        byId.values().removeIf(state -> state.owner().equals(owner));
    }

    synchronized int size() {
        return byId.size();
    }
}
