package dev.backease.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.account.Account;
import dev.backease.account.AccountExport;
import dev.backease.account.AccountId;
import dev.backease.account.AccountRepositories;
import dev.backease.account.Username;
import dev.backease.account.TestClock;
import dev.backease.account.PasswordPolicy;
import dev.backease.account.AccountActions;
import dev.backease.content.Symptom;
import dev.backease.journal.Advice;
import dev.backease.journal.FollowUp;
import dev.backease.journal.GivingAdvice;
import dev.backease.journal.JournalEntries;
import dev.backease.journal.JournalEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

class JdbiJournalEntriesTest {
    private static final Instant START = Instant.parse("2006-01-01T08:00:00Z");
    private final TestClock clock = new TestClock("2026-11-20T10:00:00Z");

    private static AccountId account(Database database, String name) {
        AccountId id = new AccountId("id-" + name);
        JdbiAccountStore.repositories(database).accounts()
                .add(new Account(id, Username.of(name), "not-a-hash", START));
        return id;
    }

    private JournalEntries journal(Database database) {
        return new JdbiJournalEntries(database, clock);
    }

    private static JournalEntry fullSession(Instant at) {
        return new JournalEntry(null, at, dev.backease.journal.EntryKind.SESSION, "session-7", 6, 3, null, false,
                Set.of(Symptom.PAIN_DOWN_LEG, Symptom.FEVER), List.of("effleurage", "petrissage"), List.of("effleurage"),
                "warm towel first; \"quotes\" and ünïcode");
    }

    @OnBothDatabases
    void a_saved_entry_comes_back_exactly_as_written_with_its_new_id(Database database) {
        AccountId ana = account(database, "ana");
        JournalEntry written = fullSession(Instant.parse("2026-11-19T18:30:00.123456789Z"));

        JournalEntry saved = journal(database).add(ana, written);

        assertThat(saved.id()).isNotBlank();
        assertThat(journal(database).find(ana, saved.id())).contains(written.withId(saved.id()));
        assertThat(journal(database).all(ana)).containsExactly(written.withId(saved.id()));
    }

    @OnBothDatabases
    void a_check_in_keeps_its_soreness_and_pain_level(Database database) {
        AccountId ana = account(database, "ana");
        JournalEntry checkIn = JournalEntry.checkIn(Instant.parse("2026-11-19T08:00:00Z"), 4, true)
                .withSymptoms(Set.of(Symptom.BLADDER_OR_BOWEL_CHANGE));

        JournalEntry saved = journal(database).add(ana, checkIn);

        JournalEntry found = journal(database).find(ana, saved.id()).orElseThrow();
        assertThat(found.painLevel()).isEqualTo(4);
        assertThat(found.soreness()).isTrue();
        assertThat(found.symptoms()).containsExactly(Symptom.BLADDER_OR_BOWEL_CHANGE);
    }

    @OnBothDatabases
    void a_range_includes_entries_exactly_on_both_bounds_oldest_first(Database database) {
        AccountId ana = account(database, "ana");
        JournalEntries journal = journal(database);
        Instant day = Instant.parse("2026-11-10T12:00:00Z");
        for (int i = 4; i >= 0; i--) { // written newest first, listed oldest first
            journal.add(ana, JournalEntry.checkIn(day.plus(Duration.ofDays(i)), i, false));
        }

        List<JournalEntry> middle = journal.list(ana, day.plus(Duration.ofDays(1)), day.plus(Duration.ofDays(3)));

        assertThat(middle).extracting(JournalEntry::painLevel).containsExactly(1, 2, 3);
        assertThat(journal.list(ana, day.plus(Duration.ofDays(3)), null)).extracting(JournalEntry::painLevel)
                .containsExactly(3, 4);
        assertThat(journal.list(ana, null, day)).extracting(JournalEntry::painLevel).containsExactly(0);
    }

    @OnBothDatabases
    void a_period_listed_from_a_kept_journal_is_what_the_database_lists_bounds_included(Database database) {
        AccountId ana = account(database, "ana");
        JournalEntries kept = journal(database);
        Instant day = Instant.parse("2026-11-10T12:00:00Z");
        for (int i = 6; i >= 0; i--) {
            kept.add(ana, JournalEntry.checkIn(day.plus(Duration.ofDays(i)), i, false));
        }
        kept.journal(ana); // now kept
        JournalEntries fresh = new JdbiJournalEntries(database, clock, new JournalCache(1_000));

        for (Instant[] period : new Instant[][] {{day.plus(Duration.ofDays(1)), day.plus(Duration.ofDays(3))},
                {day.plus(Duration.ofDays(3)), null}, {day.plusNanos(1000), day.plus(Duration.ofDays(6)).minusNanos(1000)},
                {day.plus(Duration.ofDays(9)), null}, {day.plus(Duration.ofDays(4)), day.plus(Duration.ofDays(2))}}) {
            assertThat(kept.list(ana, period[0], period[1])).as("from %s to %s", period[0], period[1])
                    .containsExactlyElementsOf(fresh.list(ana, period[0], period[1]));
        }
        assertThat(kept.list(ana, day.plus(Duration.ofDays(1)), day.plus(Duration.ofDays(3))))
                .extracting(JournalEntry::painLevel).containsExactly(1, 2, 3);
    }

    @OnBothDatabases
    void a_bound_a_microsecond_away_leaves_the_entry_out(Database database) {
        AccountId ana = account(database, "ana");
        Instant at = Instant.parse("2026-11-10T12:00:00.500Z");
        journal(database).add(ana, JournalEntry.checkIn(at, 2, false));

        assertThat(journal(database).list(ana, at.plusNanos(1000), null)).isEmpty();
        assertThat(journal(database).list(ana, null, at.minusNanos(1000))).isEmpty();
        assertThat(journal(database).list(ana, at, at)).hasSize(1);
    }

    @OnBothDatabases
    void another_account_can_neither_find_nor_list_the_entry(Database database) {
        AccountId ana = account(database, "ana");
        AccountId bob = account(database, "bob");
        JournalEntry saved = journal(database).add(ana, fullSession(Instant.parse("2026-11-19T18:30:00Z")));

        assertThat(journal(database).find(bob, saved.id())).isEmpty();
        assertThat(journal(database).all(bob)).isEmpty();
        assertThat(journal(database).find(ana, "no-such-id")).isEmpty();
    }

    @OnBothDatabases
    void twenty_years_of_daily_entries_are_listed_in_order(Database database) {
        AccountId ana = account(database, "ana");
        List<JournalEntry> entries = new ArrayList<>();
        for (int day = 0; day < 7_300; day++) {
            entries.add(day % 2 == 0 ? JournalEntry.session(START.plus(Duration.ofDays(day)), 5, 3)
                    : JournalEntry.checkIn(START.plus(Duration.ofDays(day)), day % 11, day % 3 == 0));
        }
        JdbiJournalEntries journal = new JdbiJournalEntries(database, clock);
        database.writes().useTransaction(h -> entries.forEach(e -> journal.add(ana, e)));

        List<JournalEntry> all = journal.all(ana);
        List<JournalEntry> lastYear = journal.list(ana, START.plus(Duration.ofDays(6_935)), null);

        assertThat(all).hasSize(7_300);
        assertThat(all).extracting(JournalEntry::at).isSorted();
        assertThat(lastYear).hasSize(365);
    }

    @OnBothDatabases
    void the_account_export_holds_the_journal_and_deleting_the_account_erases_it(Database database) {
        AccountRepositories repos = JdbiAccountStore.repositories(database);
        AccountActions actions = AccountActions.create(repos, new Argon2PasswordHasher(), PasswordPolicy.standard(), clock);
        AccountId ana = account(database, "ana");
        JournalEntry saved = journal(database).add(ana, fullSession(Instant.parse("2026-11-19T18:30:00Z")));

        AccountExport export = actions.exportingData().export(ana, "10.0.0.1").orElseThrow();
        assertThat(export.journalEntries()).singleElement().satisfies(document -> {
            assertThat(document.id()).isEqualTo(saved.id());
            assertThat(document.kind()).isEqualTo("session");
            assertThat(document.json()).contains("\"painBefore\":6").contains("warm towel first");
        });

        actions.deletingAccount().delete(ana);
        long left = database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM journal_entries")
                .mapTo(Long.class).one());
        assertThat(left).isZero();
    }

    @OnBothDatabases
    void an_entry_added_through_another_instance_shows_in_the_whole_journal_read_again(Database database) {
        AccountId ana = account(database, "ana");
        JournalEntries one = journal(database);
        JournalEntries two = journal(database);
        one.add(ana, fullSession(Instant.parse("2026-11-18T18:30:00Z")));
        assertThat(one.list(ana, null, null)).hasSize(1);

        two.add(ana, fullSession(Instant.parse("2026-11-19T18:30:00Z")).withSymptoms(Set.of(Symptom.SADDLE_NUMBNESS)));

        assertThat(one.list(ana, null, null)).hasSize(2)
                .anySatisfy(entry -> assertThat(entry.symptoms()).contains(Symptom.SADDLE_NUMBNESS));
        assertThat(one.list(ana, null, Instant.parse("2026-11-18T23:00:00Z"))).hasSize(1);
    }

    /** A journal to add one by one: backdated entries, entries at one moment, old and new red flags. */
    private static List<JournalEntry> mixedJournal() {
        Instant now = Instant.parse("2026-11-20T10:00:00Z");
        return List.of(
                JournalEntry.session(now.minus(Duration.ofDays(40)), 5, 2).withSessionId("a"),
                JournalEntry.checkIn(now.minus(Duration.ofDays(39)), 5, true).withSessionId("a"),
                JournalEntry.checkIn(now.minus(Duration.ofDays(3_000)), 4, false).withSymptoms(Set.of(Symptom.FEVER)),
                JournalEntry.session(now.minus(Duration.ofDays(3)), 3, 1),
                JournalEntry.checkIn(now.minus(Duration.ofDays(3)), 6, false), // the same moment as the session
                JournalEntry.session(now.minus(Duration.ofDays(20)), 4, 4),
                JournalEntry.checkIn(now.minus(Duration.ofHours(30)), 7, true),
                JournalEntry.checkIn(now.minus(Duration.ofHours(2)), 7, false).withSymptoms(Set.of(Symptom.LEG_TINGLING)),
                JournalEntry.session(now.minus(Duration.ofDays(3)), 2, 2), // a third at that moment
                JournalEntry.checkIn(now.plus(Duration.ofMinutes(1)), 8, false)); // a minute ahead of the clock
    }

    @OnBothDatabases
    void kept_journals_give_what_a_fresh_read_gives_after_every_entry_through_either_instance(Database database) {
        AccountId ana = account(database, "ana");
        FollowUp followUp = FollowUp.standard();
        JournalEntries one = journal(database);
        JournalEntries two = new JdbiJournalEntries(database, clock, new JournalCache(JournalCache.DEFAULT_MAX_ENTRIES));
        List<Instant> moments = List.of(clock.instant(), clock.instant().minus(Duration.ofDays(14)),
                clock.instant().plus(Duration.ofDays(30)), clock.instant().minus(Duration.ofDays(38)));
        List<JournalEntry> entries = mixedJournal();

        for (int i = 0; i < entries.size(); i++) {
            (i % 3 == 2 ? two : one).add(ana, entries.get(i));
            List<JournalEntry> afresh = new JdbiJournalEntries(database, clock, new JournalCache(1_000)).all(ana);
            for (JournalEntries instance : List.of(one, two)) {
                assertThat(instance.all(ana)).containsExactlyElementsOf(afresh).hasSize(i + 1);
                for (Instant asOf : moments) {
                    Advice oracle = followUp.advise(asOf, JournalEntries.within(afresh, null, asOf));
                    assertThat(new GivingAdvice(instance, followUp, clock).asOf(ana, asOf)).isEqualTo(oracle);
                }
            }
        }
    }

    @OnBothDatabases
    void an_entry_added_here_is_kept_without_reading_the_journal_again(Database database) {
        AccountId ana = account(database, "ana");
        JournalEntries journal = journal(database);
        journal.add(ana, JournalEntry.checkIn(Instant.parse("2026-11-18T08:00:00Z"), 3, false));
        var before = journal.journal(ana);

        journal.add(ana, JournalEntry.checkIn(Instant.parse("2026-11-17T08:00:00Z"), 2, false));
        var after = journal.journal(ana);

        assertThat(after).isNotSameAs(before).isSameAs(journal.journal(ana));
        assertThat(after.entries()).extracting(JournalEntry::painLevel).containsExactly(2, 3);
    }

    @OnBothDatabases
    void deleting_the_account_drops_its_kept_journal(Database database) {
        AccountRepositories repos = JdbiAccountStore.repositories(database);
        AccountActions actions = AccountActions.create(repos, new Argon2PasswordHasher(), PasswordPolicy.standard(), clock);
        AccountId ana = account(database, "ana");
        JournalEntries journal = journal(database);
        journal.add(ana, fullSession(Instant.parse("2026-11-19T18:30:00Z")));
        assertThat(journal.all(ana)).hasSize(1);
        assertThat(database.journals().accountsHeld()).isEqualTo(1);

        actions.deletingAccount().delete(ana);

        assertThat(database.journals().accountsHeld()).isZero();
        assertThat(journal.all(ana)).isEmpty();
        long versions = database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM journal_versions")
                .mapTo(Long.class).one());
        assertThat(versions).isZero();
    }
}
