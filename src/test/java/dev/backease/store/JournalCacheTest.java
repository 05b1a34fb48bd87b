package dev.backease.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.account.AccountId;
import dev.backease.journal.Journal;
import dev.backease.journal.JournalEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JournalCacheTest {
    private final JournalCache cache = new JournalCache(100);

    private static Journal entries(int count) {
        List<JournalEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(JournalEntry.checkIn(Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofHours(i)), 2, false));
        }
        return new Journal(entries);
    }

    @Test
    void a_journal_is_handed_back_only_at_the_version_it_was_read_at() {
        Journal journal = entries(3);
        cache.keep(new AccountId("ana"), 3, journal);

        assertThat(cache.at(new AccountId("ana"), 3)).containsSame(journal);
        assertThat(cache.at(new AccountId("ana"), 4)).isEmpty();
        assertThat(cache.at(new AccountId("bob"), 3)).isEmpty();
    }

    @Test
    void the_least_recently_used_journals_go_first_once_the_entries_held_pass_the_bound() {
        cache.keep(new AccountId("ana"), 1, entries(40));
        cache.keep(new AccountId("bob"), 1, entries(40));
        cache.at(new AccountId("ana"), 1); // ana was asked for since; bob was not

        cache.keep(new AccountId("cem"), 1, entries(40));

        assertThat(cache.entriesHeld()).isEqualTo(80);
        assertThat(cache.at(new AccountId("ana"), 1)).isPresent();
        assertThat(cache.at(new AccountId("bob"), 1)).isEmpty();
        assertThat(cache.at(new AccountId("cem"), 1)).isPresent();
    }

    @Test
    void a_journal_longer_than_the_whole_bound_is_not_kept_and_empty_ones_count_as_one() {
        cache.keep(new AccountId("ana"), 1, entries(101));
        for (int i = 0; i < 150; i++) {
            cache.keep(new AccountId("empty-" + i), 0, entries(0));
        }

        assertThat(cache.at(new AccountId("ana"), 1)).isEmpty();
        assertThat(cache.accountsHeld()).isEqualTo(100);
        assertThat(cache.entriesHeld()).isEqualTo(100);
    }

    @Test
    void a_forgotten_journal_frees_its_place() {
        cache.keep(new AccountId("ana"), 1, entries(60));
        cache.forget(new AccountId("ana"));

        assertThat(cache.entriesHeld()).isZero();
        assertThat(cache.at(new AccountId("ana"), 1)).isEmpty();
    }
}
