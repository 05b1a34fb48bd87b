package dev.backease.store;

import dev.backease.account.Account;
import dev.backease.account.AccountId;
import dev.backease.account.PersonalData;
import dev.backease.account.SignInThrottle;
import dev.backease.account.StoredDocument;
import java.util.List;
import java.util.Optional;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

final class JdbiPersonalData implements PersonalData {
    private final Jdbi jdbi;
    private final Writes writes;
    private final JournalCache journals;
    private final SessionCache sessions;

    JdbiPersonalData(Database database) {
        this.jdbi = database.jdbi();
        this.writes = database.writes();
        this.journals = database.journals();
        this.sessions = database.sessions();
    }

    @Override
    public List<StoredDocument> liveSessions(AccountId accountId) {
        // Each session whole, its plan back in place, exactly as the API gives it.
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT s.id, s.created_at, s.state, p.plan FROM live_sessions s
                        LEFT JOIN session_plans p ON p.session_id = s.id
                        WHERE s.account_id = :account ORDER BY s.created_at, s.id""")
                .bind("account", accountId.value())
                .map((rs, ctx) -> new StoredDocument(rs.getString("id"), Rows.instant(rs, "created_at"), "session",
                        SessionDocuments.wholeDocument(rs.getString("state"), rs.getString("plan"))))
                .list());
    }

    @Override
    public List<StoredDocument> sessionEvents(AccountId accountId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT e.session_id, e.seq, e.at, e.json FROM session_events e
                        JOIN live_sessions s ON s.id = e.session_id
                        WHERE s.account_id = :account ORDER BY e.session_id, e.seq""")
                .bind("account", accountId.value())
                .map((rs, ctx) -> new StoredDocument(rs.getString("session_id") + "/" + rs.getLong("seq"),
                        Rows.instant(rs, "at"), "session_event", rs.getString("json")))
                .list());
    }

    @Override
    public List<StoredDocument> journalEntries(AccountId accountId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, at, kind, document FROM journal_entries WHERE account_id = :account ORDER BY at, id")
                .bind("account", accountId.value())
                .map((rs, ctx) -> new StoredDocument(rs.getString("id"), Rows.instant(rs, "at"), rs.getString("kind"), rs.getString("document")))
                .list());
    }

    @Override
    public Optional<Instant> calendarAddressSince(AccountId accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT created_at FROM calendar_feeds WHERE account_id = :account")
                .bind("account", accountId.value())
                .map((rs, ctx) -> Rows.instant(rs, "created_at"))
                .findOne());
    }

    @Override
    public void eraseAccount(Account account) {
        String id = account.id().value();
        // Explicit deletes, child tables first, so erasure never depends on cascades being switched on.
        writes.useTransaction(h -> {
            h.execute("DELETE FROM session_events WHERE session_id IN (SELECT id FROM live_sessions WHERE account_id = ?)", id);
            h.execute("DELETE FROM session_plans WHERE session_id IN (SELECT id FROM live_sessions WHERE account_id = ?)", id);
            h.execute("DELETE FROM live_sessions WHERE account_id = ?", id);
            h.execute("DELETE FROM journal_entries WHERE account_id = ?", id);
            h.execute("DELETE FROM journal_versions WHERE account_id = ?", id);
            h.execute("DELETE FROM api_tokens WHERE account_id = ?", id);
            h.execute("DELETE FROM calendar_feeds WHERE account_id = ?", id);
            h.execute("DELETE FROM web_sessions WHERE account_id = ?", id);
            h.execute("DELETE FROM audit_log WHERE account_id = ?", id);
            h.execute("DELETE FROM sign_in_failures WHERE throttle_key = ?", SignInThrottle.accountKey(account.username()));
            h.execute("DELETE FROM accounts WHERE id = ?", id);
        });
        journals.forget(account.id());
        sessions.forgetOwner(account.id());
    }
}
