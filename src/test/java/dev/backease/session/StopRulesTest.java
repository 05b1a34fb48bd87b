package dev.backease.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.content.Symptom;
import dev.backease.screening.Referral;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StopRulesTest {
    private static final Set<String> GUIDE_HEADINGS = Set.of("Signs to Stop the Massage",
            "Initial Assessment and Communication", "Identifying Persistent or Severe Pain",
            "When to Seek Professional Help", "Trigger Point Release");

    private final StopRules rules = new StopRules("999");

    private Stop stopFor(Symptom symptom) {
        return rules.check(new SessionEvent.SymptomReported(symptom, null)).orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(value = Symptom.class, names = {"PAIN_DOWN_LEG", "LEG_NUMBNESS", "LEG_TINGLING"})
    void leg_pain_numbness_or_tingling_stops_and_sends_to_a_clinician_soon(Symptom symptom) {
        Stop stop = stopFor(symptom);

        assertThat(stop.referral()).isEqualTo(Referral.SOON);
        assertThat(stop.stopReason()).isEqualTo("symptom_" + symptom.id());
        assertThat(stop.reason().rule()).isEqualTo("nerve_compression_sign");
        assertThat(stop.actions()).containsSubsequence("Release the pressure now.", "Stop the massage.",
                "Do not resume the massage.");
        assertThat(stop.actions()).anySatisfy(action -> assertThat(action).contains("See a clinician"));
    }

    @ParameterizedTest
    @EnumSource(value = Symptom.class, names = {"LEG_WEAKNESS", "SADDLE_NUMBNESS", "BLADDER_OR_BOWEL_CHANGE"})
    void leg_weakness_saddle_numbness_or_bladder_changes_send_to_emergency_care(Symptom symptom) {
        Stop stop = stopFor(symptom);

        assertThat(stop.referral()).isEqualTo(Referral.EMERGENCY);
        assertThat(stop.reason().source()).isEqualTo("Initial Assessment and Communication");
        assertThat(stop.actions()).contains("Call 999 or go to the emergency department now.");
    }

    @ParameterizedTest
    @EnumSource(value = Symptom.class, names = {"CHEST_PAIN", "SHORTNESS_OF_BREATH"})
    void chest_pain_or_shortness_of_breath_calls_the_emergency_number_now(Symptom symptom) {
        Stop stop = stopFor(symptom);

        assertThat(stop.referral()).isEqualTo(Referral.EMERGENCY);
        assertThat(stop.reason().rule()).isEqualTo("serious_medical_event");
        assertThat(stop.actions()).contains("Call 999 now.");
    }

    @Test
    void dizziness_stops_and_asks_them_to_sit_or_lie_down_and_call_a_doctor_today() {
        Stop stop = stopFor(Symptom.DIZZINESS);

        assertThat(stop.referral()).isEqualTo(Referral.URGENT);
        assertThat(stop.actions()).contains("Help them sit or lie down slowly and stay with them.", "Call a doctor today.");
    }

    @Test
    void fever_stops_and_calls_a_doctor_today() {
        Stop stop = stopFor(Symptom.FEVER);

        assertThat(stop.referral()).isEqualTo(Referral.URGENT);
        assertThat(stop.actions()).contains("Call a doctor today.");
    }

    @Test
    void unexplained_weight_loss_stops_and_sends_to_a_clinician_soon() {
        Stop stop = stopFor(Symptom.UNEXPLAINED_WEIGHT_LOSS);

        assertThat(stop.referral()).isEqualTo(Referral.SOON);
        assertThat(stop.reason().rule()).isEqualTo("unexplained_weight_loss");
    }

    @Test
    void every_symptom_of_the_vocabulary_has_its_own_named_rule_not_the_safety_net() {
        Set<Symptom> caughtBySafetyNet = EnumSet.noneOf(Symptom.class);
        for (Symptom symptom : Symptom.values()) {
            if (stopFor(symptom).reason().rule().equals("unlisted_symptom")) {
                caughtBySafetyNet.add(symptom);
            }
        }
        assertThat(caughtBySafetyNet).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SkinChange.class)
    void a_skin_change_is_a_local_sign_to_stop_cool_and_watch(SkinChange change) {
        Stop stop = rules.check(new SessionEvent.SkinChangeSeen(change, null)).orElseThrow();

        assertThat(stop.stopReason()).isEqualTo("skin_change_" + change.id());
        assertThat(stop.referral()).isEqualTo(Referral.NONE);
        assertThat(stop.actions()).anySatisfy(action -> assertThat(action).contains("cool pack"));
        assertThat(stop.actions()).anySatisfy(action -> assertThat(action).contains("if it gets worse"));
    }

    @Test
    void bruising_also_warns_to_limit_work_on_any_one_knot_next_time() {
        Stop stop = rules.check(new SessionEvent.SkinChangeSeen(SkinChange.BRUISING, null)).orElseThrow();

        assertThat(stop.actions()).anySatisfy(action -> assertThat(action).contains("limit direct work on any one knot"));
    }

    @Test
    void redness_does_not_carry_the_bruising_note() {
        Stop stop = rules.check(new SessionEvent.SkinChangeSeen(SkinChange.REDNESS, null)).orElseThrow();

        assertThat(stop.actions()).noneSatisfy(action -> assertThat(action).contains("knot"));
    }

    @Test
    void the_stop_signal_stops_at_once_and_asks_how_they_feel() {
        Stop stop = rules.check(new SessionEvent.StopSignal(null)).orElseThrow();

        assertThat(stop.stopReason()).isEqualTo("stop_signal");
        assertThat(stop.referral()).isEqualTo(Referral.NONE);
        assertThat(stop.actions().get(0)).isEqualTo("Stop immediately and take your hands away.");
        assertThat(stop.actions()).anySatisfy(action -> assertThat(action).contains("Ask how they feel"));
    }

    @Test
    void ordinary_events_stop_nothing() {
        assertThat(rules.check(new SessionEvent.PressureReport(10, null))).isEmpty();
        assertThat(rules.check(new SessionEvent.Guarding(null))).isEmpty();
        assertThat(rules.check(new SessionEvent.Finish(null))).isEmpty();
    }

    @Test
    void the_default_emergency_number_is_112() {
        Stop stop = new StopRules().check(new SessionEvent.SymptomReported(Symptom.CHEST_PAIN, null)).orElseThrow();

        assertThat(stop.actions()).contains("Call 112 now.");
    }

    @Test
    void every_rule_names_a_guide_section_and_has_a_unique_id() {
        assertThat(rules.rules()).allSatisfy(rule -> assertThat(GUIDE_HEADINGS).contains(rule.source()));
        assertThat(rules.rules()).extracting(StopRule::id).doesNotHaveDuplicates();
    }
}
