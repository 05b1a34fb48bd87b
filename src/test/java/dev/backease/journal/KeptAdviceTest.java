package dev.backease.journal;

import static dev.backease.content.Symptom.CHEST_PAIN;
import static dev.backease.journal.Journals.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.screening.Reason;
import dev.backease.screening.Referral;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What each rule needs of the journal and of the clock, asked through one kept {@link Journal} at
 * several moments: the whole span where the rule reads it, and a new answer exactly where the
 * moment changes the rule's outcome (an entry comes into sight, or leaves the last 14 days).
 */
class KeptAdviceTest {
    private static final Duration TEN_YEARS = Duration.ofDays(3_650);
    private final FollowUp followUp = FollowUp.standard();

    /** Ten years of calm twice-daily entries (pain 0, nothing sore) before {@code START}, then the given ones. */
    private static Journal tenCalmYearsThen(JournalEntry... recent) {
        List<JournalEntry> entries = new ArrayList<>();
        for (int half = 7_300; half > 0; half--) {
            Instant at = START.minus(Duration.ofHours(12L * half));
            entries.add(half % 2 == 0 ? session(at, 0, 0) : checkIn(at, 0));
        }
        entries.addAll(List.of(recent));
        return new Journal(entries);
    }

    private Advice kept(Journal journal, Instant asOf) {
        Advice advice = followUp.advise(asOf, journal);
        assertThat(advice).isEqualTo(followUp.advise(asOf, journal.upTo(asOf))); // the full-history computation
        return advice;
    }

    private static List<String> rules(Advice advice) {
        return advice.reasons().stream().map(Reason::rule).toList();
    }

    @Test
    void a_red_flag_is_an_emergency_for_14_days_to_the_nanosecond_and_then_a_routine_reminder() {
        Journal journal = tenCalmYearsThen(checkIn(days(1), 2, CHEST_PAIN));
        Instant lastRecent = days(1).plus(History.RECENT);

        assertThat(kept(journal, days(1).minusNanos(1)).referral()).isEqualTo(Referral.NONE);
        assertThat(kept(journal, days(1)).referral()).isEqualTo(Referral.EMERGENCY);
        assertThat(kept(journal, lastRecent).referral()).isEqualTo(Referral.EMERGENCY);
        assertThat(kept(journal, lastRecent.plusNanos(1)).referral()).isEqualTo(Referral.ROUTINE);
        assertThat(kept(journal, days(1).plus(TEN_YEARS)).reasons()).extracting(Reason::message)
                .anySatisfy(message -> assertThat(message).contains("Earlier entries").contains("chest pain"));
    }

    @Test
    void pain_worse_after_a_session_is_soon_for_14_days_and_then_a_routine_reminder() {
        Journal journal = tenCalmYearsThen(checkIn(hours(-1), 6), session(hours(0), 2, 1), checkIn(hours(30), 5));
        Instant lastRecent = hours(30).plus(History.RECENT);

        assertThat(rules(kept(journal, hours(29)))).doesNotContain("worse_24_hours_after_session");
        assertThat(kept(journal, lastRecent).referral()).isEqualTo(Referral.SOON);
        assertThat(kept(journal, lastRecent.plusNanos(1)).referral()).isEqualTo(Referral.ROUTINE);
        assertThat(rules(kept(journal, hours(30).plus(TEN_YEARS)))).contains("worse_24_hours_after_session");
    }

    @Test
    void soreness_past_48_hours_ten_years_ago_is_still_a_reason_to_book_a_visit() {
        List<JournalEntry> entries = new ArrayList<>(List.of(session(days(-3_700), 3, 1), soreCheckIn(days(-3_697), 1)));
        entries.addAll(tenCalmYearsThen().entries());
        Journal journal = new Journal(entries);

        assertThat(kept(journal, days(-3_698)).referral()).isEqualTo(Referral.NONE);
        assertThat(kept(journal, START).reasons()).singleElement()
                .satisfies(reason -> assertThat(reason.message()).contains("72 hours later"));
    }

    @Test
    void pain_every_day_for_ten_years_counts_from_its_first_day() {
        List<JournalEntry> entries = new ArrayList<>();
        for (int day = 3_650; day >= 0; day--) {
            entries.add(checkIn(days(-day), 3));
        }
        Journal journal = new Journal(entries);

        assertThat(kept(journal, START).reasons()).extracting(Reason::message)
                .anySatisfy(message -> assertThat(message).contains("pain for 3650 days in a row"));
    }

    @Test
    void no_improvement_compares_with_the_last_entry_ten_days_earlier_however_long_ago() {
        Journal journal = new Journal(List.of(checkIn(days(-1_000), 4), checkIn(days(0), 5)));

        assertThat(kept(journal, days(-999)).referral()).isEqualTo(Referral.NONE);
        assertThat(kept(journal, days(0)).reasons()).extracting(Reason::message)
                .anySatisfy(message -> assertThat(message).contains("was 4/10 1000 days ago"));
    }

    @Test
    void a_steady_rise_counts_once_its_last_reading_comes_into_sight() {
        Journal journal = tenCalmYearsThen(checkIn(hours(1), 9), checkIn(hours(2), 1), checkIn(hours(3), 2),
                checkIn(hours(4), 3), checkIn(hours(5), 4));

        assertThat(rules(kept(journal, hours(4)))).doesNotContain("steadily_worse");
        assertThat(rules(kept(journal, hours(5)))).contains("steadily_worse");
    }

    @Test
    void relief_lost_three_times_years_apart_is_still_a_pattern() {
        Journal journal = new Journal(List.of(session(days(-3_000), 5, 2), checkIn(days(-2_999), 5),
                session(days(-1_500), 5, 2), checkIn(days(-1_499), 6), session(days(-2), 5, 2), checkIn(days(-1), 5)));

        assertThat(rules(kept(journal, days(-2)))).doesNotContain("returns_again_and_again");
        assertThat(kept(journal, days(0)).reasons()).extracting(Reason::message)
                .anySatisfy(message -> assertThat(message).contains("3 times"));
    }

    @Test
    void the_rules_run_again_only_when_an_entry_comes_into_sight_or_leaves_the_last_14_days() {
        AtomicInteger runs = new AtomicInteger();
        FollowUp counted = new FollowUp(List.of(new FollowUpRule() {
            public String id() {
                return "counted";
            }

            public String source() {
                return "test";
            }

            public List<Finding> check(History history) {
                runs.incrementAndGet();
                return List.of();
            }
        }));
        Journal journal = new Journal(List.of(checkIn(days(0), 3), checkIn(days(2), 3)));

        counted.advise(days(1), journal);
        counted.advise(days(1).plusSeconds(60), journal);
        counted.advise(days(2).minusNanos(1), journal);
        assertThat(runs).hasValue(1);

        counted.advise(days(2), journal); // the check-in comes into sight
        assertThat(runs).hasValue(2);
        counted.advise(days(2).plusSeconds(1), journal);
        assertThat(runs).hasValue(2);

        counted.advise(days(0).plus(History.RECENT), journal);
        assertThat(runs).hasValue(2);
        counted.advise(days(0).plus(History.RECENT).plusNanos(1), journal); // the first leaves the last 14 days
        assertThat(runs).hasValue(3);
    }
}
