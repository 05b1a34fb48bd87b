package dev.backease.screening;

import static dev.backease.screening.IntakeFixture.firedRules;
import static dev.backease.screening.IntakeFixture.mildAche;
import static dev.backease.screening.IntakeFixture.partnerMassage;
import static dev.backease.screening.IntakeFixture.selfMassage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backease.content.Condition;
import dev.backease.content.Injury;
import dev.backease.content.Mode;
import dev.backease.content.Symptom;
import dev.backease.content.Trend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** How the findings of many rules become one answer. */
class CombiningFindingsTest {

    @Test
    void everyone_stays_off_the_spine_and_bony_areas_at_moderate_pressure() {
        ScreeningResult result = selfMassage().screen();

        assertThat(result.decision()).isEqualTo(Decision.PROCEED);
        assertThat(result.massageAllowed()).isTrue();
        assertThat(result.maxPressure()).isEqualTo(6);
        assertThat(result.avoidAreas()).containsExactly("spine", "bony_areas");
        assertThat(result.excludedTechniques()).isEmpty();
        assertThat(result.needsClearanceFrom()).isEmpty();
        assertThat(result.actions()).contains("Stay off the spine and bony areas.");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void one_red_flag_among_mild_answers_still_sends_the_person_to_emergency_care(Mode mode) {
        ScreeningResult result = mildAche(mode).with(Condition.RASH, Condition.SENSITIVE_SKIN).recurring()
                .trend(Trend.BETTER).with(Symptom.BLADDER_OR_BOWEL_CHANGE).screen();

        assertThat(result.decision()).isEqualTo(Decision.DO_NOT_MASSAGE);
        assertThat(result.referral()).isEqualTo(Referral.EMERGENCY);
        assertThat(result.massageAllowed()).isFalse();
        assertThat(result.maxPressure()).isZero();
        assertThat(result.actions().get(0))
                .isEqualTo("Call 112 (your local emergency number) now, or go to the emergency department.");
        assertThat(firedRules(result).get(0)).isEqualTo("bladder_or_bowel_change_emergency");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void one_stop_sign_among_light_touch_answers_still_stops_the_massage(Mode mode) {
        ScreeningResult result = mildAche(mode).with(Condition.BLOOD_THINNERS, Condition.BRUISING)
                .daysOfSelfCareWithoutImprovement(12).with(Symptom.DIZZINESS).screen();

        assertThat(result.decision()).isEqualTo(Decision.DO_NOT_MASSAGE);
        assertThat(result.referral()).isEqualTo(Referral.URGENT);
        assertThat(result.maxPressure()).isZero();
    }

    @Test
    void the_strictest_decision_and_the_most_urgent_referral_win_even_from_different_rules() {
        ScreeningResult result = selfMassage().with(Condition.FRACTURE).trend(Trend.WORSE).screen();

        assertThat(result.decision()).isEqualTo(Decision.DO_NOT_MASSAGE);
        assertThat(result.referral()).isEqualTo(Referral.SOON);
        assertThat(firedRules(result)).containsExactlyInAnyOrder("fracture_no_massage", "worsening_pain_referral");
    }

    @Test
    void limits_add_up_with_the_lowest_cap_and_no_repeats() {
        ScreeningResult result = partnerMassage()
                .with(Condition.BLOOD_THINNERS, Condition.BLEEDING_DISORDER, Condition.NUMB_AREA, Condition.BRUISING)
                .giverPregnant().screen();

        assertThat(result.decision()).isEqualTo(Decision.PROCEED_WITH_CARE);
        assertThat(result.maxPressure()).isEqualTo(3);
        assertThat(result.excludedTechniques()).doesNotHaveDuplicates()
                .contains("trigger_point_release", "fist_compressions", "heat");
        assertThat(result.avoidAreas()).containsExactly("spine", "bony_areas", "bruised_area", "numb_area");
        assertThat(result.actions()).doesNotHaveDuplicates();
    }

    @Test
    void a_clearance_lifts_its_own_hold_but_the_gentle_pressure_limit_stays() {
        ScreeningResult result = selfMassage().with(Condition.OSTEOPOROSIS).clearedFor(Condition.OSTEOPOROSIS)
                .screen();

        assertThat(result.decision()).isEqualTo(Decision.PROCEED_WITH_CARE);
        assertThat(result.massageAllowed()).isTrue();
        assertThat(result.maxPressure()).isEqualTo(3);
        assertThat(result.needsClearanceFrom()).isEmpty();
        assertThat(result.excludedTechniques()).contains("massage_gun", "foam_roller");
        assertThat(firedRules(result)).containsExactlyInAnyOrder("osteoporosis_clearance", "osteoporosis_gentle_pressure");
        assertThat(result.referral()).as("a clearance never lifts a referral").isEqualTo(Referral.ROUTINE);
    }

    @Test
    void a_cleared_pregnancy_still_means_light_pressure_and_lying_on_the_side() {
        ScreeningResult result = partnerMassage().with(Condition.PREGNANCY).clearedFor(Condition.PREGNANCY).screen();

        assertThat(result.decision()).isEqualTo(Decision.PROCEED_WITH_CARE);
        assertThat(result.maxPressure()).isEqualTo(3);
        assertThat(result.needsClearanceFrom()).isEmpty();
        assertThat(result.excludedTechniques()).contains("trigger_point_release", "cross_fiber_friction");
        assertThat(result.actions()).contains("Lie on your side with your knees bent, not face down.");
    }

    @Test
    void a_clearance_never_lifts_a_do_not_massage() {
        ScreeningResult result = selfMassage().with(Condition.FRACTURE, Condition.DVT)
                .clearedFor(Condition.FRACTURE, Condition.DVT).screen();

        assertThat(result.decision()).isEqualTo(Decision.DO_NOT_MASSAGE);
        assertThat(result.referral()).isEqualTo(Referral.SOON);
        assertThat(result.maxPressure()).isZero();
    }

    @Test
    void a_clearance_never_lifts_a_referral_from_another_rule() {
        ScreeningResult result = selfMassage().with(Condition.HEART_CONDITION).trend(Trend.WORSE)
                .clearedFor(Condition.HEART_CONDITION).screen();

        assertThat(result.referral()).isEqualTo(Referral.SOON);
        assertThat(result.decision()).isEqualTo(Decision.PROCEED_WITH_CARE);
        assertThat(result.maxPressure()).isEqualTo(3);
    }

    @Test
    void a_clearance_never_lifts_a_light_touch_limit() {
        ScreeningResult result = selfMassage().with(Condition.BLOOD_THINNERS).clearedFor(Condition.BLOOD_THINNERS)
                .screen();

        assertThat(result.maxPressure()).isEqualTo(3);
        assertThat(firedRules(result)).containsExactly("blood_thinners_light_touch");
    }

    @Test
    void a_clearance_for_one_condition_does_not_lift_the_hold_of_another() {
        ScreeningResult result = selfMassage().with(Condition.OSTEOPOROSIS, Condition.HEART_CONDITION)
                .clearedFor(Condition.OSTEOPOROSIS).screen();

        assertThat(result.decision()).isEqualTo(Decision.NEEDS_CLEARANCE);
        assertThat(result.needsClearanceFrom()).containsExactly("doctor");
        assertThat(firedRules(result)).contains("heart_condition_clearance");
        assertThat(result.reasons()).filteredOn(reason -> reason.rule().equals("osteoporosis_clearance"))
                .allSatisfy(reason -> assertThat(reason.message()).contains("approved"));
    }

    @Test
    void a_condition_clearance_does_not_lift_the_hold_after_an_injury() {
        ScreeningResult result = selfMassage().after(Injury.FALL).with(Condition.OSTEOPOROSIS)
                .clearedFor(Condition.OSTEOPOROSIS, Condition.FRACTURE).screen();

        assertThat(result.decision()).isEqualTo(Decision.NEEDS_CLEARANCE);
        assertThat(firedRules(result)).contains("injury_medical_advice_first");
    }

    @Test
    void a_clearance_for_a_condition_not_present_changes_nothing() {
        Intake without = selfMassage().with(Condition.HEART_CONDITION).trend(Trend.WORSE).build();
        Intake with = selfMassage().with(Condition.HEART_CONDITION).trend(Trend.WORSE)
                .clearedFor(Condition.PREGNANCY, Condition.OSTEOPOROSIS).build();

        assertThat(IntakeFixture.SCREENING.screen(with)).isEqualTo(IntakeFixture.SCREENING.screen(without));
    }

    @Test
    void holds_from_two_clinicians_name_both_in_the_answer_and_the_action() {
        ScreeningResult result = partnerMassage().with(Condition.HEART_CONDITION, Condition.PREGNANCY).screen();

        assertThat(result.needsClearanceFrom()).containsExactly("doctor", "maternity_care_provider");
        assertThat(result.actions()).contains("Do not massage until a doctor and your maternity care provider "
                + "(midwife or obstetrician) both say it is safe.");
    }

    @Test
    void a_hold_under_a_do_not_massage_is_still_named_for_later() {
        ScreeningResult result = selfMassage().with(Condition.FRACTURE, Condition.OSTEOPOROSIS).screen();

        assertThat(result.decision()).isEqualTo(Decision.DO_NOT_MASSAGE);
        assertThat(result.needsClearanceFrom()).containsExactly("doctor");
        assertThat(result.actions())
                .containsSubsequence("Do not massage the lower back now.",
                        "Even after that, do not massage until a doctor says it is safe.");
    }

    @Test
    void massage_that_is_not_allowed_has_no_pressure_at_all_even_with_light_touch_limits() {
        ScreeningResult result = selfMassage().with(Condition.BLOOD_THINNERS).with(Symptom.FEVER).screen();

        assertThat(result.massageAllowed()).isFalse();
        assertThat(result.maxPressure()).isZero();
        assertThat(result.actions()).doesNotContain("Stay off the spine and bony areas.");
    }

    @Test
    void someone_who_must_not_massage_gets_no_tips_on_how_to_massage_but_still_every_reason() {
        ScreeningResult result = partnerMassage().with(Symptom.SADDLE_NUMBNESS).with(Condition.BLOOD_THINNERS)
                .trend(Trend.WORSE).screen();

        assertThat(result.actions()).containsExactly(
                "Call 112 (your local emergency number) now, or go to the emergency department.",
                "Do not massage the lower back now.",
                "Do not wait to see whether it passes.");
        assertThat(firedRules(result)).containsExactly(
                "saddle_numbness_emergency", "worsening_pain_referral", "blood_thinners_light_touch");
    }

    @Test
    void every_strict_decision_and_every_referral_comes_with_a_reason() {
        ScreeningResult referralOnly = selfMassage().recurring().screen();
        ScreeningResult withCare = selfMassage().with(Condition.RASH).screen();

        assertThat(referralOnly.reasons()).extracting(Reason::message).singleElement().asString().isNotBlank();
        assertThat(withCare.reasons()).extracting(Reason::message).singleElement().asString().isNotBlank();
    }

    @Test
    void the_emergency_call_comes_first_and_shows_the_configured_number() {
        Screening screening = new Screening("911");
        Intake intake = partnerMassage().with(Symptom.FEVER, Symptom.PAIN_DOWN_LEG, Symptom.CHEST_PAIN)
                .with(Condition.BRUISING).build();

        ScreeningResult result = screening.screen(intake);

        assertThat(result.actions().get(0))
                .isEqualTo("Call 911 (your local emergency number) now, or go to the emergency department.");
        assertThat(result.actions().get(1)).isEqualTo("Do not massage the lower back now.");
        assertThat(result.actions()).noneMatch(action -> action.startsWith("Call a doctor today"));
        assertThat(firedRules(result)).startsWith("chest_pain_emergency", "fever_urgent", "pain_down_leg_stop");
    }

    @Test
    void the_steps_of_the_most_urgent_finding_come_before_those_of_milder_ones() {
        ScreeningResult result = selfMassage().with(Symptom.PAIN_DOWN_LEG, Symptom.FEVER).screen();

        assertThat(result.actions().get(0)).startsWith("Call a doctor today").contains("112");
        assertThat(result.actions()).containsSubsequence(
                "Do not massage the lower back now.",
                "Do not massage or use heat until a doctor has checked the fever.",
                "Do not massage until a clinician has checked the leg pain.");
    }

    @Test
    void a_blank_emergency_number_is_refused() {
        assertThatThrownBy(() -> new Screening(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("emergency number");
    }
}
