package dev.backease.screening;

import static dev.backease.screening.IntakeFixture.firedRules;
import static dev.backease.screening.IntakeFixture.partnerMassage;
import static dev.backease.screening.IntakeFixture.selfMassage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.content.Condition;
import org.junit.jupiter.api.Test;

/** Conditions that allow massage only within limits: lighter pressure, fewer techniques, areas left alone. */
class CautionRulesTest {
    private static final String[] FIRM_PRESSURE = {"trigger_point_release", "cross_fiber_friction", "massage_gun",
        "ball_release", "foam_roller", "massage_stick", "thumb_knuckle_pressure", "fist_compressions"};

    @Test
    void blood_thinners_allow_light_touch_only() {
        ScreeningResult result = selfMassage().with(Condition.BLOOD_THINNERS).screen();

        assertLightTouchOnly(result, "blood_thinners_light_touch");
        assertThat(result.actions()).contains("Tell any massage therapist that you take blood thinners.");
    }

    @Test
    void a_bleeding_disorder_allows_light_touch_only() {
        ScreeningResult result = partnerMassage().with(Condition.BLEEDING_DISORDER).screen();

        assertLightTouchOnly(result, "bleeding_disorder_light_touch");
        assertThat(result.actions()).contains("Tell any massage therapist about your bleeding disorder.");
    }

    @Test
    void a_pregnant_giver_keeps_a_partner_massage_light_and_asks_their_own_provider_about_deep_work() {
        ScreeningResult result = partnerMassage().giverPregnant().screen();

        assertThat(result.decision()).isEqualTo(Decision.PROCEED_WITH_CARE);
        assertThat(result.maxPressure()).isEqualTo(3);
        assertThat(result.excludedTechniques())
                .contains("trigger_point_release", "cross_fiber_friction", "massage_gun")
                .doesNotContain("petrissage");
        assertThat(firedRules(result)).containsExactly("giver_pregnant_light_only");
        assertThat(result.actions()).anyMatch(action -> action.contains("maternity care provider"));
    }

    @Test
    void a_giver_answer_is_ignored_in_self_massage() {
        ScreeningResult result = selfMassage().giverPregnant().screen();

        assertThat(result.decision()).isEqualTo(Decision.PROCEED);
        assertThat(result.reasons()).isEmpty();
    }

    @Test
    void a_rash_is_left_alone_while_the_rest_of_the_back_may_be_massaged() {
        assertAreaAvoided(selfMassage().with(Condition.RASH).screen(), "rash_avoid_area", "rash_area");
    }

    @Test
    void a_bruise_is_left_alone_while_the_rest_of_the_back_may_be_massaged() {
        assertAreaAvoided(partnerMassage().with(Condition.BRUISING).screen(), "bruising_avoid_area", "bruised_area");
    }

    @Test
    void a_swollen_area_is_left_alone_while_the_rest_of_the_back_may_be_massaged() {
        assertAreaAvoided(selfMassage().with(Condition.SWELLING).screen(), "swelling_avoid_area", "swollen_area");
    }

    @Test
    void numb_skin_gets_no_heat_and_no_massage() {
        ScreeningResult result = selfMassage().with(Condition.NUMB_AREA).screen();

        assertAreaAvoided(result, "numb_area_care", "numb_area");
        assertThat(result.excludedTechniques()).containsExactly("heat");
        assertThat(result.reasons().get(0).source()).isEqualTo("Recommended Oils and Tools");
    }

    @Test
    void sensitive_skin_calls_for_unscented_oil_and_a_patch_test() {
        ScreeningResult result = partnerMassage().with(Condition.SENSITIVE_SKIN).screen();

        assertThat(result.decision()).isEqualTo(Decision.PROCEED_WITH_CARE);
        assertThat(firedRules(result)).containsExactly("sensitive_skin_oil_care");
        assertThat(result.actions()).anyMatch(action -> action.contains("unscented") && action.contains("patch"));
    }

    @Test
    void an_oil_allergy_calls_for_no_oil_or_a_tested_one() {
        ScreeningResult result = selfMassage().with(Condition.OIL_ALLERGY).screen();

        assertThat(result.decision()).isEqualTo(Decision.PROCEED_WITH_CARE);
        assertThat(firedRules(result)).containsExactly("oil_allergy_care");
        assertThat(result.reasons().get(0).source()).isEqualTo("Choosing the Right Environment");
        assertThat(result.actions()).anyMatch(action -> action.startsWith("Skip the oil"));
    }

    @Test
    void osteoporosis_keeps_pressure_light_and_hard_tools_away_from_bone() {
        ScreeningResult result = selfMassage().with(Condition.OSTEOPOROSIS).screen();

        assertThat(firedRules(result)).contains("osteoporosis_gentle_pressure");
        assertThat(result.excludedTechniques())
                .contains("massage_gun", "foam_roller", "ball_release", "massage_stick");
        assertThat(result.avoidAreas()).contains("bony_areas");
    }

    @Test
    void a_pregnant_receiver_with_approval_is_told_to_lie_on_their_side() {
        ScreeningResult result = partnerMassage().with(Condition.PREGNANCY).clearedFor(Condition.PREGNANCY).screen();

        assertThat(firedRules(result)).contains("pregnancy_light_side_lying");
        assertThat(result.actions()).contains("Lie on your side with your knees bent, not face down.");
    }

    private static void assertLightTouchOnly(ScreeningResult result, String rule) {
        assertThat(result.decision()).isEqualTo(Decision.PROCEED_WITH_CARE);
        assertThat(result.massageAllowed()).isTrue();
        assertThat(result.maxPressure()).isEqualTo(3);
        assertThat(result.excludedTechniques()).contains(FIRM_PRESSURE);
        assertThat(firedRules(result)).containsExactly(rule);
        assertThat(result.reasons().get(0).source()).isEqualTo("Contraindications to Consider");
    }

    private static void assertAreaAvoided(ScreeningResult result, String rule, String area) {
        assertThat(result.decision()).isEqualTo(Decision.PROCEED_WITH_CARE);
        assertThat(result.massageAllowed()).isTrue();
        assertThat(result.avoidAreas()).containsExactly("spine", "bony_areas", area);
        assertThat(firedRules(result)).containsExactly(rule);
    }
}
