package dev.backease.screening;

import static dev.backease.screening.IntakeFixture.partnerMassage;
import static dev.backease.screening.IntakeFixture.selfMassage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.content.Condition;
import dev.backease.content.Injury;
import dev.backease.content.PainCharacter;
import dev.backease.content.Symptom;
import dev.backease.content.Trend;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The catalogue as a whole: every rule is named, sourced, and fires on its own answer and no other. */
class SafetyRulesCatalogueTest {
    /** Headings of the guide, copied letter for letter from lower-back-massage-guide.txt. */
    private static final Set<String> GUIDE_HEADINGS = Set.of("Key Takeaways", "Understanding Lower Back Anatomy",
            "Key Muscles and Structures", "Common Sources of Lower Back Discomfort", "Why Lower Back Massage Helps",
            "Preparing for a Lower Back Massage", "Choosing the Right Environment", "Recommended Oils and Tools",
            "Proper Positioning", "Essential Lower Back Massage Techniques", "Effleurage for Warm-Up",
            "Kneading and Petrissage", "Trigger Point Release", "Guided Step-by-Step Massage for Lower Back Relief",
            "Initial Assessment and Communication", "Sequence of Movements", "Adjusting Pressure",
            "Self-Massage Methods for Lower Back Pain", "Using Hands and Fists", "Incorporating Massage Tools",
            "Stretching and Aftercare", "Safety Tips and Precautions", "Contraindications to Consider",
            "Signs to Stop the Massage", "When to Seek Professional Help", "Identifying Persistent or Severe Pain",
            "Consulting a Healthcare Provider", "FAQS", "Conclusion");

    /** The one answer that should wake each rule. A new rule without an entry here fails the catalogue test. */
    private static final Map<String, IntakeFixture> TRIGGERS = Map.ofEntries(
            Map.entry("bladder_or_bowel_change_emergency", selfMassage().with(Symptom.BLADDER_OR_BOWEL_CHANGE)),
            Map.entry("saddle_numbness_emergency", selfMassage().with(Symptom.SADDLE_NUMBNESS)),
            Map.entry("leg_weakness_emergency", selfMassage().with(Symptom.LEG_WEAKNESS)),
            Map.entry("chest_pain_emergency", selfMassage().with(Symptom.CHEST_PAIN)),
            Map.entry("shortness_of_breath_emergency", selfMassage().with(Symptom.SHORTNESS_OF_BREATH)),
            Map.entry("fever_urgent", selfMassage().with(Symptom.FEVER)),
            Map.entry("leg_numbness_or_tingling_urgent", selfMassage().with(Symptom.LEG_TINGLING)),
            Map.entry("dizziness_urgent", selfMassage().with(Symptom.DIZZINESS)),
            Map.entry("pain_down_leg_stop", selfMassage().with(Symptom.PAIN_DOWN_LEG)),
            Map.entry("unexplained_weight_loss_doctor_first", selfMassage().with(Symptom.UNEXPLAINED_WEIGHT_LOSS)),
            Map.entry("injury_medical_advice_first", selfMassage().after(Injury.HEAVY_STRAIN)),
            Map.entry("sudden_or_severe_pain_advice_first", selfMassage().intensity(9)),
            Map.entry("sharp_or_shooting_pain_advice_first", selfMassage().feels(PainCharacter.SHOOTING)),
            Map.entry("night_pain_evaluation", selfMassage().wakesAtNight()),
            Map.entry("limits_daily_activities_evaluation", selfMassage().limitsDailyActivities()),
            Map.entry("worsening_pain_referral", selfMassage().trend(Trend.WORSE)),
            Map.entry("pain_over_two_weeks_referral", selfMassage().durationDays(30)),
            Map.entry("no_improvement_with_self_care", selfMassage().daysOfSelfCareWithoutImprovement(14)),
            Map.entry("recurring_pain_referral", selfMassage().recurring()),
            Map.entry("fracture_no_massage", selfMassage().with(Condition.FRACTURE)),
            Map.entry("recent_surgery_no_massage", selfMassage().with(Condition.RECENT_SURGERY)),
            Map.entry("open_wound_no_massage", selfMassage().with(Condition.OPEN_WOUND)),
            Map.entry("skin_infection_no_massage", selfMassage().with(Condition.SKIN_INFECTION)),
            Map.entry("dvt_no_massage", selfMassage().with(Condition.DVT)),
            Map.entry("osteoporosis_clearance", selfMassage().with(Condition.OSTEOPOROSIS)),
            Map.entry("rheumatoid_arthritis_clearance", selfMassage().with(Condition.RHEUMATOID_ARTHRITIS)),
            Map.entry("spinal_cancer_clearance", selfMassage().with(Condition.SPINAL_CANCER)),
            Map.entry("heart_condition_clearance", selfMassage().with(Condition.HEART_CONDITION)),
            Map.entry("pregnancy_clearance", selfMassage().with(Condition.PREGNANCY)),
            Map.entry("osteoporosis_gentle_pressure", selfMassage().with(Condition.OSTEOPOROSIS)),
            Map.entry("rheumatoid_arthritis_gentle_pressure", selfMassage().with(Condition.RHEUMATOID_ARTHRITIS)),
            Map.entry("spinal_cancer_gentle_pressure", selfMassage().with(Condition.SPINAL_CANCER)),
            Map.entry("pregnancy_light_side_lying", selfMassage().with(Condition.PREGNANCY)),
            Map.entry("giver_pregnant_light_only", partnerMassage().giverPregnant()),
            Map.entry("blood_thinners_light_touch", selfMassage().with(Condition.BLOOD_THINNERS)),
            Map.entry("bleeding_disorder_light_touch", selfMassage().with(Condition.BLEEDING_DISORDER)),
            Map.entry("rash_avoid_area", selfMassage().with(Condition.RASH)),
            Map.entry("bruising_avoid_area", selfMassage().with(Condition.BRUISING)),
            Map.entry("swelling_avoid_area", selfMassage().with(Condition.SWELLING)),
            Map.entry("numb_area_care", selfMassage().with(Condition.NUMB_AREA)),
            Map.entry("sensitive_skin_oil_care", selfMassage().with(Condition.SENSITIVE_SKIN)),
            Map.entry("oil_allergy_care", selfMassage().with(Condition.OIL_ALLERGY)));

    private static final List<SafetyRule> RULES = IntakeFixture.SCREENING.rules();

    static Stream<SafetyRule> rules() {
        return RULES.stream();
    }

    @Test
    void every_rule_has_its_own_lower_snake_case_id_and_a_trigger_in_this_test() {
        List<String> ids = RULES.stream().map(SafetyRule::id).toList();

        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z]+(_[a-z]+)*"));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(TRIGGERS.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void every_rule_names_a_heading_that_exists_in_the_guide(SafetyRule rule) {
        assertThat(GUIDE_HEADINGS).contains(rule.source());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void every_rule_fires_on_its_own_answer_with_a_readable_reason(SafetyRule rule) {
        Intake intake = TRIGGERS.get(rule.id()).build();

        assertThat(rule.check(intake)).hasValueSatisfying(finding -> assertThat(finding.message()).isNotBlank());
        assertThat(IntakeFixture.SCREENING.screen(intake).reasons())
                .anySatisfy(reason -> {
                    assertThat(reason.rule()).isEqualTo(rule.id());
                    assertThat(reason.source()).isEqualTo(rule.source());
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void every_rule_stays_silent_for_a_mild_ache_in_either_mode(SafetyRule rule) {
        assertThat(rule.check(selfMassage().build())).isEmpty();
        assertThat(rule.check(partnerMassage().build())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void only_holds_for_a_named_condition_can_be_lifted_by_a_clearance(SafetyRule rule) {
        Finding finding = rule.check(TRIGGERS.get(rule.id()).build()).orElseThrow();

        if (finding.liftedByClearanceOf().isPresent()) {
            assertThat(finding.decision()).isEqualTo(Decision.NEEDS_CLEARANCE);
            assertThat(rule.id()).endsWith("_clearance");
        } else {
            assertThat(rule.id()).doesNotEndWith("_clearance");
        }
    }
}
