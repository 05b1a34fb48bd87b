package dev.backease.screening;

import static dev.backease.screening.IntakeFixture.firedRules;
import static dev.backease.screening.IntakeFixture.partnerMassage;
import static dev.backease.screening.IntakeFixture.selfMassage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.content.Condition;
import org.junit.jupiter.api.Test;

/** Conditions of the receiver that rule massage out or hold it until a clinician approves. */
class ContraindicationRulesTest {
    private static final String CONTRAINDICATIONS = "Contraindications to Consider";

    @Test
    void a_known_fracture_rules_out_massage() {
        assertRuledOut(selfMassage().with(Condition.FRACTURE).screen(), "fracture_no_massage", Referral.NONE);
    }

    @Test
    void recent_surgery_rules_out_massage() {
        assertRuledOut(partnerMassage().with(Condition.RECENT_SURGERY).screen(), "recent_surgery_no_massage",
                Referral.NONE);
    }

    @Test
    void an_open_wound_rules_out_massage() {
        assertRuledOut(selfMassage().with(Condition.OPEN_WOUND).screen(), "open_wound_no_massage", Referral.NONE);
    }

    @Test
    void a_skin_infection_rules_out_massage_and_books_a_visit() {
        assertRuledOut(selfMassage().with(Condition.SKIN_INFECTION).screen(), "skin_infection_no_massage",
                Referral.ROUTINE);
    }

    @Test
    void an_active_blood_clot_rules_out_massage_and_sends_the_person_to_their_doctor_within_days() {
        ScreeningResult result = partnerMassage().with(Condition.DVT).screen();

        assertRuledOut(result, "dvt_no_massage", Referral.SOON);
        assertThat(result.actions()).contains("Follow your doctor's treatment for the clot.");
    }

    @Test
    void osteoporosis_waits_for_a_doctors_clearance() {
        ScreeningResult result = selfMassage().with(Condition.OSTEOPOROSIS).screen();

        assertWaitsFor(result, "doctor", "osteoporosis_clearance", CONTRAINDICATIONS);
    }

    @Test
    void advanced_rheumatoid_arthritis_waits_for_a_doctors_clearance() {
        ScreeningResult result = partnerMassage().with(Condition.RHEUMATOID_ARTHRITIS).screen();

        assertWaitsFor(result, "doctor", "rheumatoid_arthritis_clearance", CONTRAINDICATIONS);
    }

    @Test
    void cancer_involving_the_spine_waits_for_a_doctors_clearance() {
        ScreeningResult result = selfMassage().with(Condition.SPINAL_CANCER).screen();

        assertWaitsFor(result, "doctor", "spinal_cancer_clearance", CONTRAINDICATIONS);
    }

    @Test
    void a_heart_condition_waits_for_a_doctors_clearance() {
        ScreeningResult result = partnerMassage().with(Condition.HEART_CONDITION).screen();

        assertWaitsFor(result, "doctor", "heart_condition_clearance", "FAQS");
    }

    @Test
    void a_pregnant_receiver_waits_for_the_maternity_care_providers_approval() {
        ScreeningResult result = partnerMassage().with(Condition.PREGNANCY).screen();

        assertWaitsFor(result, "maternity_care_provider", "pregnancy_clearance", CONTRAINDICATIONS);
        assertThat(result.actions()).contains(
                "Do not massage until your maternity care provider (midwife or obstetrician) says it is safe.");
    }

    @Test
    void the_cleared_heart_condition_leaves_massage_free_to_go_ahead_but_keeps_the_visit() {
        ScreeningResult result = selfMassage().with(Condition.HEART_CONDITION)
                .clearedFor(Condition.HEART_CONDITION).screen();

        assertThat(result.decision()).isEqualTo(Decision.PROCEED);
        assertThat(result.needsClearanceFrom()).isEmpty();
        assertThat(result.referral()).as("a clearance never lifts a referral").isEqualTo(Referral.ROUTINE);
        assertThat(result.reasons()).extracting(Reason::rule).containsExactly("heart_condition_clearance");
    }

    private static void assertRuledOut(ScreeningResult result, String rule, Referral referral) {
        assertThat(result.decision()).isEqualTo(Decision.DO_NOT_MASSAGE);
        assertThat(result.massageAllowed()).isFalse();
        assertThat(result.maxPressure()).isZero();
        assertThat(result.referral()).isEqualTo(referral);
        assertThat(firedRules(result)).containsExactly(rule);
        assertThat(result.reasons().get(0).source()).isEqualTo(CONTRAINDICATIONS);
        assertThat(result.actions()).contains("Do not massage the lower back now.");
    }

    private static void assertWaitsFor(ScreeningResult result, String clinician, String rule, String source) {
        assertThat(result.decision()).isEqualTo(Decision.NEEDS_CLEARANCE);
        assertThat(result.massageAllowed()).isFalse();
        assertThat(result.maxPressure()).isZero();
        assertThat(result.needsClearanceFrom()).containsExactly(clinician);
        assertThat(result.referral()).isEqualTo(Referral.ROUTINE);
        assertThat(firedRules(result)).contains(rule);
        assertThat(result.reasons()).filteredOn(reason -> reason.rule().equals(rule))
                .singleElement().extracting(Reason::source).isEqualTo(source);
    }
}
