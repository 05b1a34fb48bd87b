package dev.backease.journal;

import dev.backease.content.Symptom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Hand-made journals for tests: times are hours or days after a fixed start. */
final class Journals {
    static final Instant START = Instant.parse("2026-11-02T08:00:00Z");

    private Journals() {}

    static Instant hours(long h) {
        return START.plus(Duration.ofHours(h));
    }

    static Instant days(long d) {
        return START.plus(Duration.ofDays(d));
    }

    static JournalEntry session(Instant at, int before, int after) {
        return JournalEntry.session(at, before, after);
    }

    static JournalEntry session(Instant at, int before, int after, List<String> techniques, List<String> helped) {
        return JournalEntry.session(at, before, after).withTechniques(techniques, helped);
    }

    static JournalEntry checkIn(Instant at, int pain) {
        return JournalEntry.checkIn(at, pain, false);
    }

    static JournalEntry soreCheckIn(Instant at, int pain) {
        return JournalEntry.checkIn(at, pain, true);
    }

    static JournalEntry checkIn(Instant at, int pain, Symptom... symptoms) {
        return JournalEntry.checkIn(at, pain, false).withSymptoms(Set.of(symptoms));
    }

    /** One check-in a day with the given pains, starting at START. */
    static List<JournalEntry> dailyCheckIns(int... pains) {
        return java.util.stream.IntStream.range(0, pains.length)
                .mapToObj(i -> checkIn(days(i), pains[i]))
                .toList();
    }

    static History history(Instant asOf, JournalEntry... entries) {
        return new History(asOf, List.of(entries));
    }

    static History history(Instant asOf, List<JournalEntry> entries) {
        return new History(asOf, entries);
    }
}
