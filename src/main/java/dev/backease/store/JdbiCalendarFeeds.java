package dev.backease.store;

import dev.backease.account.AccountId;
import dev.backease.account.CalendarFeeds;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Calendar feed secrets (digests only), one per account. */
public final class JdbiCalendarFeeds implements CalendarFeeds {
    private final Jdbi jdbi;
    private final Writes writes;

    public JdbiCalendarFeeds(Database database) {
        this.jdbi = database.jdbi();
        this.writes = database.writes();
    }

    @Override
    public void replace(AccountId owner, String digest, Instant at) {
        writes.useTransaction(h -> {
            h.createUpdate("DELETE FROM calendar_feeds WHERE account_id = :account")
                    .bind("account", owner.value()).execute();
            h.createUpdate("INSERT INTO calendar_feeds (account_id, feed_digest, created_at) VALUES (:account, :digest, :at)")
                    .bind("account", owner.value()).bind("digest", digest).bind("at", at).execute();
        });
    }

    @Override
    public Optional<AccountId> ownerOf(String digest) {
        return jdbi.withHandle(h -> h.createQuery("SELECT account_id FROM calendar_feeds WHERE feed_digest = :digest")
                .bind("digest", digest).mapTo(String.class).findOne().map(AccountId::new));
    }

    @Override
    public boolean remove(AccountId owner) {
        return writes.inTransaction(h -> h.createUpdate("DELETE FROM calendar_feeds WHERE account_id = :account")
                .bind("account", owner.value()).execute()) > 0;
    }
}
