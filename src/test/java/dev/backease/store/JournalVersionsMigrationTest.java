package dev.backease.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.account.AccountId;
import dev.backease.journal.JournalEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Journals written before journal_versions existed read whole, and their next entry shows at once. */
class JournalVersionsMigrationTest {
    private static final Instant DAY = Instant.parse("2026-11-01T08:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void a_journal_written_before_the_versions_reads_whole_and_its_next_entry_shows_in_every_instance(String kind) {
        Supplier<String> fresh = kind.equals("sqlite") ? TestDatabases::freshSqliteUrl : TestDatabases::freshPostgresUrl;
        String url = fresh.get();
        Flyway.configure().dataSource(url, null, null).locations(Dialect.of(url).migrations()).target("2").load()
                .migrate();
        Jdbi before = Jdbi.create(url);
        before.useHandle(h -> {
            h.execute("INSERT INTO accounts (id, username, password_hash, created_at) VALUES (?, ?, ?, ?)",
                    "id-ana", "ana", "not-a-hash", DAY);
            for (int i = 0; i < 3; i++) {
                JournalEntry entry = JournalEntry.checkIn(DAY.plus(Duration.ofDays(i)), i, false)
                        .withId(UUID.randomUUID().toString());
                h.execute("INSERT INTO journal_entries (id, account_id, at, kind, document, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                        entry.id(), "id-ana", entry.at(), "check_in", JournalDocument.write(entry), DAY);
            }
        });

        try (Database database = TestDatabases.open(url)) {
            AccountId ana = new AccountId("id-ana");
            JdbiJournalEntries one = new JdbiJournalEntries(database, java.time.Clock.systemUTC());
            JdbiJournalEntries two = new JdbiJournalEntries(database, java.time.Clock.systemUTC(), new JournalCache(1_000));
            assertThat(one.all(ana)).extracting(JournalEntry::painLevel).containsExactly(0, 1, 2);
            assertThat(two.all(ana)).hasSize(3);

            two.add(ana, JournalEntry.checkIn(DAY.plus(Duration.ofDays(5)), 9, false));

            assertThat(one.all(ana)).extracting(JournalEntry::painLevel).containsExactly(0, 1, 2, 9);
            List<Long> versions = database.jdbi().withHandle(h -> h.createQuery("SELECT version FROM journal_versions")
                    .mapTo(Long.class).list());
            assertThat(versions).containsExactly(4L);
        }
    }
}
