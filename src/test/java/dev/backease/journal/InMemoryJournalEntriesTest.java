package dev.backease.journal;

import static dev.backease.journal.Journals.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.account.AccountId;
import org.junit.jupiter.api.Test;

class InMemoryJournalEntriesTest {
    private final JournalEntries journal = new InMemoryJournalEntries();
    private final AccountId alice = new AccountId("alice");
    private final AccountId bob = new AccountId("bob");

    @Test
    void a_saved_entry_gets_an_id_and_can_be_found_again() {
        JournalEntry saved = journal.add(alice, session(days(0), 5, 3));

        assertThat(saved.id()).isNotBlank();
        assertThat(journal.find(alice, saved.id())).contains(saved);
    }

    @Test
    void another_account_cannot_find_or_list_the_entry() {
        JournalEntry saved = journal.add(alice, session(days(0), 5, 3));

        assertThat(journal.find(bob, saved.id())).isEmpty();
        assertThat(journal.all(bob)).isEmpty();
    }

    @Test
    void entries_are_listed_oldest_first_within_inclusive_bounds() {
        JournalEntry third = journal.add(alice, checkIn(days(3), 2));
        JournalEntry first = journal.add(alice, session(days(1), 5, 3));
        JournalEntry second = journal.add(alice, checkIn(days(2), 4));
        journal.add(alice, checkIn(days(4), 1));

        assertThat(journal.list(alice, days(1), days(3))).containsExactly(first, second, third);
        assertThat(journal.list(alice, null, days(1))).containsExactly(first);
    }
}
