package dev.backease.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.content.Condition;
import dev.backease.content.Symptom;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Promises that hold for any intake at all, however the answers are mixed. */
class ScreeningPropertiesTest {
    /** Symptoms the guide treats as a reason to stop and get care. */
    private static final Set<Symptom> STOP_SIGNS = EnumSet.of(Symptom.BLADDER_OR_BOWEL_CHANGE,
            Symptom.SADDLE_NUMBNESS, Symptom.LEG_WEAKNESS, Symptom.CHEST_PAIN, Symptom.SHORTNESS_OF_BREATH,
            Symptom.FEVER, Symptom.LEG_NUMBNESS, Symptom.LEG_TINGLING, Symptom.DIZZINESS, Symptom.PAIN_DOWN_LEG);

    private final Screening screening = IntakeFixture.SCREENING;

    @Property
    void anyone_with_a_stop_sign_is_never_allowed_to_massage_and_is_sent_to_care_within_days(
            @ForAll("intakes") Intake anyIntake, @ForAll("stopSigns") Symptom stopSign) {
        Set<Symptom> symptoms = EnumSet.of(stopSign);
        symptoms.addAll(anyIntake.symptoms());
        Intake intake = new Intake(anyIntake.mode(), anyIntake.pain(), anyIntake.injury(), symptoms,
                anyIntake.conditions(), anyIntake.clearances(), anyIntake.giver(), anyIntake.canLieFaceDown(),
                anyIntake.tools(), anyIntake.minutesAvailable(), anyIntake.comfortMax());

        ScreeningResult result = screening.screen(intake);

        assertThat(result.massageAllowed()).isFalse();
        assertThat(result.maxPressure()).isZero();
        assertThat(result.referral()).isGreaterThanOrEqualTo(Referral.SOON);
    }

    @Property
    void the_answer_is_never_milder_than_any_single_rule_that_was_not_cleared(@ForAll("intakes") Intake intake) {
        ScreeningResult result = screening.screen(intake);

        for (SafetyRule rule : screening.rules()) {
            rule.check(intake).filter(finding -> !finding.isLiftedFor(intake)).ifPresent(finding -> {
                assertThat(result.decision()).isGreaterThanOrEqualTo(finding.decision());
                assertThat(result.referral()).isGreaterThanOrEqualTo(finding.referral());
                finding.limits().maxPressure().ifPresent(cap -> assertThat(result.maxPressure()).isLessThanOrEqualTo(cap));
                assertThat(result.excludedTechniques()).containsAll(finding.limits().excludedTechniques());
                assertThat(result.avoidAreas()).containsAll(finding.limits().avoidAreas());
                assertThat(result.reasons()).extracting(Reason::rule).contains(rule.id());
            });
        }
    }

    @Property
    void a_clearance_never_lifts_a_referral_a_limit_or_a_do_not_massage(@ForAll("intakes") Intake intake) {
        Intake everythingCleared = new Intake(intake.mode(), intake.pain(), intake.injury(), intake.symptoms(),
                intake.conditions(), EnumSet.allOf(Condition.class), intake.giver(), intake.canLieFaceDown(),
                intake.tools(), intake.minutesAvailable(), intake.comfortMax());
        ScreeningResult before = screening.screen(intake);
        ScreeningResult after = screening.screen(everythingCleared);

        assertThat(after.referral()).isGreaterThanOrEqualTo(before.referral());
        assertThat(after.excludedTechniques()).containsAll(before.excludedTechniques());
        assertThat(after.avoidAreas()).containsAll(before.avoidAreas());
        if (before.massageAllowed()) {
            assertThat(after.maxPressure()).isLessThanOrEqualTo(before.maxPressure());
        }
        if (before.decision() == Decision.DO_NOT_MASSAGE) {
            assertThat(after.decision()).isEqualTo(Decision.DO_NOT_MASSAGE);
        }
    }

    @Property
    void every_answer_keeps_the_contracts_promises(@ForAll("intakes") Intake intake) {
        ScreeningResult result = screening.screen(intake);

        assertThat(result.massageAllowed()).isEqualTo(
                result.decision() == Decision.PROCEED || result.decision() == Decision.PROCEED_WITH_CARE);
        if (result.massageAllowed()) {
            assertThat(result.maxPressure()).isBetween(1, 6);
        } else {
            assertThat(result.maxPressure()).isZero();
        }
        if (result.decision() != Decision.PROCEED || result.referral() != Referral.NONE) {
            assertThat(result.reasons()).isNotEmpty();
        }
        if (result.decision() == Decision.NEEDS_CLEARANCE) {
            assertThat(result.needsClearanceFrom()).isNotEmpty();
        }
        if (result.referral() == Referral.EMERGENCY) {
            assertThat(result.actions().get(0)).startsWith("Call 112 (your local emergency number) now");
        }
        assertThat(result.avoidAreas()).startsWith("spine", "bony_areas").doesNotHaveDuplicates();
        assertThat(result.excludedTechniques()).doesNotHaveDuplicates();
        assertThat(result.actions()).isNotEmpty().doesNotHaveDuplicates();
    }

    @Provide
    Arbitrary<Symptom> stopSigns() {
        return Arbitraries.of(STOP_SIGNS);
    }

    @Provide
    Arbitrary<Intake> intakes() {
        return Intakes.any();
    }
}
