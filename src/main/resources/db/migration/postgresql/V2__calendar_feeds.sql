-- One secret calendar address per account (only its digest), for calendar apps that cannot send
-- a bearer token. Erased with the account.
CREATE TABLE calendar_feeds (
    account_id  TEXT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    feed_digest TEXT NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL
);
