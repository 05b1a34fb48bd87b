package dev.backease.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.content.Symptom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Advice worked out from a kept {@link Journal} is the advice of the full-history computation that
 * came before it: {@link FollowUp#advise(Instant, List)} over {@code JournalEntries.within(entries,
 * null, asOf)}, which is exactly what GivingAdvice did with {@code list(owner, null, asOf)}. The
 * journals are written in random order (backdated entries), with several entries at one moment,
 * entries after asOf, sessions named by id, and symptoms years ago and in the last days; one Journal
 * is asked at many moments in random order, so kept findings are reused wherever they may be.
 */
class KeptAdvicePropertyTest {
    private static final Instant START = Instant.parse("2026-01-01T08:00:00Z");
    private static final Duration SPAN = Duration.ofDays(60);
    private final FollowUp followUp = FollowUp.standard();

    @Property(tries = 400)
    void kept_advice_equals_the_full_history_advice_at_every_moment(@ForAll("journals") List<JournalEntry> written,
            @ForAll("moments") List<Instant> moments) {
        Journal kept = new Journal(written);
        List<Instant> asked = new ArrayList<>(moments);
        // Moments where a rule's outcome turns: an entry comes into sight or leaves the recent window.
        for (JournalEntry entry : written.subList(0, Math.min(4, written.size()))) {
            Instant leaves = entry.at().plus(History.RECENT);
            asked.addAll(List.of(entry.at(), entry.at().minusNanos(1), leaves, leaves.plusNanos(1)));
        }
        asked.addAll(moments); // again, now that other views were kept in between

        for (Instant asOf : asked) {
            Advice oracle = followUp.advise(asOf, JournalEntries.within(written, null, asOf));
            assertThat(followUp.advise(asOf, kept)).as("advice as of %s", asOf).isEqualTo(oracle);
        }
    }

    @Property(tries = 300)
    void a_journal_with_one_more_entry_is_the_journal_read_again(@ForAll("journals") List<JournalEntry> written,
            @ForAll("entries") JournalEntry added) {
        List<JournalEntry> readAgain = new ArrayList<>(written);
        readAgain.add(added);
        boolean sameMoment = written.stream().anyMatch(e -> e.at().equals(added.at()));

        var longer = new Journal(written).with(added);

        assertThat(longer.isPresent()).isEqualTo(!sameMoment);
        longer.ifPresent(journal -> assertThat(journal.entries())
                .containsExactlyElementsOf(JournalEntries.within(readAgain, null, null)));
    }

    @Property(tries = 300)
    void the_entries_up_to_a_moment_are_what_a_period_from_the_start_lists(
            @ForAll("journals") List<JournalEntry> written, @ForAll("moments") List<Instant> moments) {
        Journal journal = new Journal(written);
        for (Instant to : moments) {
            assertThat(journal.upTo(to)).containsExactlyElementsOf(JournalEntries.within(written, null, to));
        }
    }

    @Property(tries = 300)
    void a_period_cut_from_the_kept_journal_is_what_listing_the_period_gives(
            @ForAll("journals") List<JournalEntry> written, @ForAll("moments") List<Instant> froms,
            @ForAll("moments") List<Instant> tos) {
        Journal journal = new Journal(JournalEntries.within(written, null, null));
        for (Instant from : froms) {
            assertThat(journal.between(from, null)).containsExactlyElementsOf(JournalEntries.within(written, from, null));
            for (Instant to : tos) {
                assertThat(journal.between(from, to)).containsExactlyElementsOf(JournalEntries.within(written, from, to));
            }
        }
    }

    @Provide
    Arbitrary<List<JournalEntry>> journals() {
        return entries().list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<Instant>> moments() {
        return Arbitraries.frequencyOf(
                        Tuple.of(3, Arbitraries.longs().between(-2 * 24 * 60, SPAN.toMinutes() + 20 * 24 * 60)
                                .map(minutes -> START.plus(Duration.ofMinutes(minutes)))),
                        Tuple.of(1, Arbitraries.integers().between(0, 20).map(
                                quarterDays -> START.plus(Duration.ofHours(6L * quarterDays)))))
                .list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<JournalEntry> entries() {
        Arbitrary<Integer> pain = Arbitraries.integers().between(0, 10);
        Arbitrary<String> sessionId = Arbitraries.of("s1", "s2").injectNull(0.6);
        Arbitrary<JournalEntry> session = Combinators.combine(moment(), pain, pain, sessionId)
                .as((at, before, after, id) -> JournalEntry.session(at, before, after).withSessionId(id));
        Arbitrary<JournalEntry> checkIn = Combinators.combine(moment(), pain, Arbitraries.of(true, false), sessionId)
                .as((at, level, sore, id) -> JournalEntry.checkIn(at, level, sore).withSessionId(id));
        return Combinators.combine(Arbitraries.oneOf(session, checkIn), symptoms())
                .as(JournalEntry::withSymptoms);
    }

    /** Mostly within two months, often on the same quarter-day (entries at one moment), sometimes years ago. */
    private static Arbitrary<Instant> moment() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.longs().between(0, SPAN.toMinutes())
                        .map(minutes -> START.plus(Duration.ofMinutes(minutes)))),
                Tuple.of(3, Arbitraries.integers().between(0, 20)
                        .map(quarterDays -> START.plus(Duration.ofHours(6L * quarterDays)))),
                Tuple.of(1, Arbitraries.integers().between(1, 10 * 365)
                        .map(days -> START.minus(Duration.ofDays(days)))));
    }

    private static Arbitrary<Set<Symptom>> symptoms() {
        Arbitrary<Set<Symptom>> some = Arbitraries.of(Symptom.class).set().ofMinSize(1).ofMaxSize(2);
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(Set.<Symptom>of())),
                Tuple.of(1, some));
    }
}
