-- A session's plan never changes once the session has started, while its state changes with every
-- event. The plan is kept here, written once; live_sessions.state holds the rest, about a tenth of
-- the size, so each event rewrites only that. Sessions saved before this table existed keep their
-- plan inside their state until their next change moves it here; they read the same either way.
-- Erased with the session (and explicitly, with the account).
CREATE TABLE session_plans (
    session_id TEXT PRIMARY KEY REFERENCES live_sessions (id) ON DELETE CASCADE,
    plan       TEXT NOT NULL
);
