package dev.backease.screening;

import static dev.backease.screening.IntakeFixture.firedRules;
import static dev.backease.screening.IntakeFixture.partnerMassage;
import static dev.backease.screening.IntakeFixture.selfMassage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.content.Injury;
import dev.backease.content.PainCharacter;
import dev.backease.content.Trend;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The injury and the pain's pattern: when a doctor looks first, and when to book a visit. */
class PainPatternRulesTest {

    @ParameterizedTest
    @EnumSource(value = Injury.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void pain_after_any_injury_waits_for_medical_advice(Injury injury) {
        ScreeningResult result = selfMassage().after(injury).screen();

        assertWaitsForDoctor(result, "injury_medical_advice_first", "Safety Tips and Precautions");
        assertThat(result.actions()).contains("Tell the doctor what happened and when.");
    }

    @Test
    void sudden_pain_waits_for_medical_advice() {
        ScreeningResult result = selfMassage().suddenOnset().screen();

        assertWaitsForDoctor(result, "sudden_or_severe_pain_advice_first", "Safety Tips and Precautions");
    }

    @Test
    void pain_of_seven_out_of_ten_counts_as_severe_and_waits_for_medical_advice() {
        ScreeningResult result = partnerMassage().intensity(7).screen();

        assertWaitsForDoctor(result, "sudden_or_severe_pain_advice_first", "Safety Tips and Precautions");
    }

    @Test
    void pain_of_six_out_of_ten_is_not_treated_as_severe() {
        assertThat(firedRules(selfMassage().intensity(6).screen())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = PainCharacter.class, names = {"SHARP", "SHOOTING"})
    void sharp_or_shooting_pain_waits_for_medical_advice(PainCharacter character) {
        ScreeningResult result = selfMassage().feels(PainCharacter.ACHING, character).screen();

        assertWaitsForDoctor(result, "sharp_or_shooting_pain_advice_first", "Conclusion");
    }

    @ParameterizedTest
    @EnumSource(value = PainCharacter.class, names = {"DULL", "ACHING", "BURNING", "THROBBING"})
    void dull_aching_burning_or_throbbing_pain_alone_needs_no_advice_first(PainCharacter character) {
        assertThat(firedRules(selfMassage().feels(character).screen())).isEmpty();
    }

    @Test
    void pain_that_wakes_a_person_at_night_waits_for_a_clinician() {
        ScreeningResult result = partnerMassage().wakesAtNight().screen();

        assertWaitsForDoctor(result, "night_pain_evaluation", "Identifying Persistent or Severe Pain");
    }

    @Test
    void pain_that_stops_walking_dressing_or_working_waits_for_a_clinician() {
        ScreeningResult result = selfMassage().limitsDailyActivities().screen();

        assertWaitsForDoctor(result, "limits_daily_activities_evaluation", "Identifying Persistent or Severe Pain");
    }

    @Test
    void worsening_pain_allows_only_light_pressure_and_a_visit_within_days() {
        ScreeningResult result = selfMassage().trend(Trend.WORSE).screen();

        assertThat(result.decision()).isEqualTo(Decision.PROCEED_WITH_CARE);
        assertThat(result.referral()).isEqualTo(Referral.SOON);
        assertThat(result.maxPressure()).isEqualTo(3);
        assertThat(firedRules(result)).containsExactly("worsening_pain_referral");
        assertThat(result.reasons().get(0).source()).isEqualTo("When to Seek Professional Help");
    }

    @Test
    void improving_or_steady_pain_is_no_reason_to_refer() {
        assertThat(firedRules(selfMassage().trend(Trend.BETTER).screen())).isEmpty();
        assertThat(firedRules(selfMassage().trend(Trend.SAME).screen())).isEmpty();
    }

    @Test
    void pain_lasting_more_than_two_weeks_books_a_routine_visit_without_stopping_massage() {
        ScreeningResult result = selfMassage().durationDays(15).screen();

        assertBooksVisit(result, "pain_over_two_weeks_referral", "When to Seek Professional Help");
    }

    @Test
    void pain_of_exactly_two_weeks_is_not_yet_a_reason_to_refer() {
        assertThat(firedRules(selfMassage().durationDays(14).screen())).isEmpty();
    }

    @Test
    void ten_days_of_self_care_without_improvement_books_a_routine_visit() {
        ScreeningResult result = partnerMassage().daysOfSelfCareWithoutImprovement(10).screen();

        assertBooksVisit(result, "no_improvement_with_self_care", "Identifying Persistent or Severe Pain");
    }

    @Test
    void nine_days_or_an_unanswered_self_care_question_are_not_a_reason_to_refer() {
        assertThat(firedRules(selfMassage().daysOfSelfCareWithoutImprovement(9).screen())).isEmpty();
        assertThat(firedRules(selfMassage().daysOfSelfCareWithoutImprovement(null).screen())).isEmpty();
    }

    @Test
    void pain_that_keeps_coming_back_books_a_routine_visit() {
        ScreeningResult result = selfMassage().recurring().screen();

        assertBooksVisit(result, "recurring_pain_referral", "Identifying Persistent or Severe Pain");
    }

    private static void assertWaitsForDoctor(ScreeningResult result, String rule, String source) {
        assertThat(result.decision()).isEqualTo(Decision.NEEDS_CLEARANCE);
        assertThat(result.massageAllowed()).isFalse();
        assertThat(result.maxPressure()).isZero();
        assertThat(result.referral()).isEqualTo(Referral.SOON);
        assertThat(result.needsClearanceFrom()).containsExactly("doctor");
        assertThat(firedRules(result)).containsExactly(rule);
        assertThat(result.reasons().get(0).source()).isEqualTo(source);
        assertThat(result.actions()).contains("Do not massage until a doctor says it is safe.");
    }

    private static void assertBooksVisit(ScreeningResult result, String rule, String source) {
        assertThat(result.decision()).isEqualTo(Decision.PROCEED);
        assertThat(result.massageAllowed()).isTrue();
        assertThat(result.referral()).isEqualTo(Referral.ROUTINE);
        assertThat(result.maxPressure()).isEqualTo(6);
        assertThat(firedRules(result)).containsExactly(rule);
        assertThat(result.reasons().get(0).source()).isEqualTo(source);
        assertThat(result.actions().get(0)).startsWith("Book a visit");
    }
}
