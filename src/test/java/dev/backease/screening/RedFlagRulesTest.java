package dev.backease.screening;

import static dev.backease.screening.IntakeFixture.firedRules;
import static dev.backease.screening.IntakeFixture.partnerMassage;
import static dev.backease.screening.IntakeFixture.selfMassage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.content.Symptom;
import org.junit.jupiter.api.Test;

/** Red flags and signs to stop: symptoms that rule massage out and send the person to care. */
class RedFlagRulesTest {

    @Test
    void a_person_with_bladder_or_bowel_changes_is_sent_to_emergency_care() {
        ScreeningResult result = selfMassage().with(Symptom.BLADDER_OR_BOWEL_CHANGE).screen();

        assertStoppedWith(result, Referral.EMERGENCY, "bladder_or_bowel_change_emergency",
                "Identifying Persistent or Severe Pain");
    }

    @Test
    void a_person_with_saddle_numbness_is_sent_to_emergency_care() {
        ScreeningResult result = partnerMassage().with(Symptom.SADDLE_NUMBNESS).screen();

        assertStoppedWith(result, Referral.EMERGENCY, "saddle_numbness_emergency",
                "Identifying Persistent or Severe Pain");
    }

    @Test
    void a_person_with_leg_weakness_is_sent_to_emergency_care() {
        ScreeningResult result = selfMassage().with(Symptom.LEG_WEAKNESS).screen();

        assertStoppedWith(result, Referral.EMERGENCY, "leg_weakness_emergency",
                "Identifying Persistent or Severe Pain");
    }

    @Test
    void a_person_with_chest_pain_is_sent_to_emergency_care() {
        ScreeningResult result = partnerMassage().with(Symptom.CHEST_PAIN).screen();

        assertStoppedWith(result, Referral.EMERGENCY, "chest_pain_emergency", "Signs to Stop the Massage");
    }

    @Test
    void a_person_short_of_breath_is_sent_to_emergency_care() {
        ScreeningResult result = selfMassage().with(Symptom.SHORTNESS_OF_BREATH).screen();

        assertStoppedWith(result, Referral.EMERGENCY, "shortness_of_breath_emergency",
                "Signs to Stop the Massage");
    }

    @Test
    void a_person_with_fever_is_told_to_call_a_doctor_today() {
        ScreeningResult result = selfMassage().with(Symptom.FEVER).screen();

        assertStoppedWith(result, Referral.URGENT, "fever_urgent", "Identifying Persistent or Severe Pain");
        assertThat(result.actions().get(0)).startsWith("Call a doctor today");
    }

    @Test
    void a_person_with_leg_numbness_is_told_to_call_a_doctor_today() {
        ScreeningResult result = partnerMassage().with(Symptom.LEG_NUMBNESS).screen();

        assertStoppedWith(result, Referral.URGENT, "leg_numbness_or_tingling_urgent",
                "Initial Assessment and Communication");
    }

    @Test
    void a_person_with_leg_tingling_is_told_to_call_a_doctor_today() {
        ScreeningResult result = selfMassage().with(Symptom.LEG_TINGLING).screen();

        assertStoppedWith(result, Referral.URGENT, "leg_numbness_or_tingling_urgent",
                "Initial Assessment and Communication");
    }

    @Test
    void numbness_and_tingling_together_give_one_reason_not_two() {
        ScreeningResult result = selfMassage().with(Symptom.LEG_NUMBNESS, Symptom.LEG_TINGLING).screen();

        assertThat(firedRules(result)).containsExactly("leg_numbness_or_tingling_urgent");
    }

    @Test
    void a_dizzy_person_is_told_to_call_a_doctor_today() {
        ScreeningResult result = partnerMassage().with(Symptom.DIZZINESS).screen();

        assertStoppedWith(result, Referral.URGENT, "dizziness_urgent", "Signs to Stop the Massage");
    }

    @Test
    void pain_shooting_down_a_leg_stops_the_massage_and_asks_for_a_check_within_days() {
        ScreeningResult result = selfMassage().with(Symptom.PAIN_DOWN_LEG).screen();

        assertStoppedWith(result, Referral.SOON, "pain_down_leg_stop", "Signs to Stop the Massage");
    }

    @Test
    void unexplained_weight_loss_means_a_doctor_looks_first_and_the_reason_says_why() {
        ScreeningResult result = selfMassage().with(Symptom.UNEXPLAINED_WEIGHT_LOSS).screen();

        assertStoppedWith(result, Referral.SOON, "unexplained_weight_loss_doctor_first",
                "Contraindications to Consider");
        assertThat(result.reasons().get(0).message()).contains("does not name weight loss", "doubt");
    }

    @Test
    void a_mild_ache_without_symptoms_raises_no_red_flag() {
        ScreeningResult result = selfMassage().screen();

        assertThat(result.decision()).isEqualTo(Decision.PROCEED);
        assertThat(result.referral()).isEqualTo(Referral.NONE);
        assertThat(result.reasons()).isEmpty();
    }

    private static void assertStoppedWith(ScreeningResult result, Referral referral, String rule, String source) {
        assertThat(result.decision()).isEqualTo(Decision.DO_NOT_MASSAGE);
        assertThat(result.massageAllowed()).isFalse();
        assertThat(result.maxPressure()).isZero();
        assertThat(result.referral()).isEqualTo(referral);
        assertThat(result.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.rule()).isEqualTo(rule);
            assertThat(reason.source()).isEqualTo(source);
            assertThat(reason.message()).isNotBlank();
        });
        assertThat(result.actions()).contains("Do not massage the lower back now.");
    }
}
