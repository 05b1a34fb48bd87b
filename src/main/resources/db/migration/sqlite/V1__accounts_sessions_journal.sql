-- Times are UTC instants stored as epoch milliseconds (how the SQLite driver binds java.time values).
CREATE TABLE accounts (
    id            TEXT PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    created_at    INTEGER NOT NULL
);

-- Only the SHA-256 digest of a token is kept; the secret is shown once, at issue.
CREATE TABLE api_tokens (
    token_digest TEXT PRIMARY KEY,
    account_id   TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at   INTEGER NOT NULL,
    last_used_at INTEGER
);
CREATE INDEX api_tokens_account ON api_tokens (account_id);

CREATE TABLE web_sessions (
    session_digest TEXT PRIMARY KEY,
    account_id     TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    csrf_token     TEXT NOT NULL,
    created_at     INTEGER NOT NULL,
    last_seen_at   INTEGER NOT NULL
);
CREATE INDEX web_sessions_account ON web_sessions (account_id);

-- No foreign key: the "account_deleted" entry outlives the account it names.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    at         INTEGER NOT NULL,
    account_id TEXT,
    action     TEXT NOT NULL,
    subject    TEXT,
    client     TEXT
);
CREATE INDEX audit_log_account_at ON audit_log (account_id, at);

CREATE TABLE sign_in_failures (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    throttle_key TEXT NOT NULL,
    at           INTEGER NOT NULL
);
CREATE INDEX sign_in_failures_key_at ON sign_in_failures (throttle_key, at);

CREATE TABLE live_sessions (
    id         TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version    INTEGER NOT NULL DEFAULT 0,
    state      TEXT NOT NULL
);
CREATE INDEX live_sessions_account_at ON live_sessions (account_id, created_at);

CREATE TABLE session_events (
    session_id TEXT NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    at         INTEGER NOT NULL,
    json       TEXT NOT NULL,
    PRIMARY KEY (session_id, seq)
);

CREATE TABLE journal_entries (
    id         TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    at         INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    document   TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX journal_entries_account_at ON journal_entries (account_id, at);
