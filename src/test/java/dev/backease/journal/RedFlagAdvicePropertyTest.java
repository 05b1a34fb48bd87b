package dev.backease.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.content.Symptom;
import dev.backease.screening.Referral;
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
import net.jqwik.api.constraints.IntRange;

class RedFlagAdvicePropertyTest {
    private static final Instant AS_OF = Instant.parse("2026-12-01T12:00:00Z");
    private final FollowUp followUp = FollowUp.standard();

    @Property
    void any_journal_with_a_recent_red_flag_gets_at_least_urgent_advice(
            @ForAll("journals") List<JournalEntry> journal,
            @ForAll("redFlags") Symptom symptom,
            @ForAll @IntRange(min = 0, max = 14 * 24 * 60) int minutesAgo,
            @ForAll @IntRange(min = 0, max = 10) int pain) {
        List<JournalEntry> withFlag = new ArrayList<>(journal);
        withFlag.add(JournalEntry.checkIn(AS_OF.minus(Duration.ofMinutes(minutesAgo)), pain, false)
                .withSymptoms(Set.of(symptom)));

        Referral referral = followUp.advise(AS_OF, withFlag).referral();

        assertThat(referral).isGreaterThanOrEqualTo(RedFlagSymptoms.urgencyOf(symptom));
        assertThat(referral).isGreaterThanOrEqualTo(Referral.URGENT);
    }

    @Provide
    Arbitrary<Symptom> redFlags() {
        return Arbitraries.of(Set.of(Symptom.BLADDER_OR_BOWEL_CHANGE, Symptom.SADDLE_NUMBNESS, Symptom.LEG_WEAKNESS,
                Symptom.CHEST_PAIN, Symptom.SHORTNESS_OF_BREATH, Symptom.FEVER, Symptom.LEG_NUMBNESS,
                Symptom.LEG_TINGLING, Symptom.DIZZINESS));
    }

    @Provide
    Arbitrary<List<JournalEntry>> journals() {
        Arbitrary<Instant> at = Arbitraries.integers().between(0, 60 * 24 * 60)
                .map(m -> AS_OF.minus(Duration.ofMinutes(m)));
        Arbitrary<Integer> pain = Arbitraries.integers().between(0, 10);
        Arbitrary<JournalEntry> session = Combinators.combine(at, pain, pain).as(JournalEntry::session);
        Arbitrary<JournalEntry> checkIn = Combinators.combine(at, pain, Arbitraries.of(true, false))
                .as(JournalEntry::checkIn);
        return Arbitraries.oneOf(session, checkIn).list().ofMaxSize(20);
    }
}
