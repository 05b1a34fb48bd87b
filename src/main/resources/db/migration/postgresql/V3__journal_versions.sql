-- How many entries were ever added to each account's journal. Bumped in the same transaction as
-- each insert, so a server that keeps a parsed journal checks with one primary-key read that no
-- entry was added meanwhile (through any instance) instead of counting the account's rows.
-- Erased with the account.
CREATE TABLE journal_versions (
    account_id TEXT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    version    BIGINT NOT NULL
);
-- Journals written before this table existed start at their number of entries.
INSERT INTO journal_versions (account_id, version)
SELECT account_id, COUNT(*) FROM journal_entries GROUP BY account_id;
