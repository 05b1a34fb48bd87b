package dev.backease.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.store.GuideFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped content file loads and says what the guide says, number for number. */
class GuideContentTest {
    private static final Guide GUIDE = GuideFile.loadDefault();

    @Test
    void the_shipped_guide_defines_every_technique_and_position_of_the_contract() {
        assertThat(GUIDE.techniques()).extracting(Technique::id).containsAll(ContentIds.TECHNIQUES);
        assertThat(GUIDE.positions()).extracting(Position::id).containsAll(ContentIds.POSITIONS);
    }

    @Test
    void every_technique_says_what_a_page_about_it_needs() {
        for (Technique technique : GUIDE.techniques()) {
            assertThat(technique.name()).as(technique.id()).isNotBlank();
            assertThat(technique.summary()).as(technique.id()).isNotBlank();
            assertThat(technique.instructions()).as(technique.id()).isNotBlank();
            assertThat(technique.area()).as(technique.id()).isNotBlank().isNotEqualTo("spine");
            assertThat(technique.direction()).as(technique.id()).isNotBlank();
            assertThat(technique.modes()).as(technique.id()).isNotEmpty();
            assertThat(GUIDE.sections()).as(technique.id()).contains(technique.source());
        }
    }

    @Test
    void the_pressure_scale_is_light_two_to_three_and_moderate_four_to_six() {
        assertThat(GUIDE.pressureScale().light().range()).isEqualTo(Range.of(2, 3));
        assertThat(GUIDE.pressureScale().light().source()).isEqualTo("Adjusting Pressure");
        assertThat(GUIDE.pressureScale().moderate().range()).isEqualTo(Range.of(4, 6));
    }

    @Test
    void effleurage_keeps_both_of_the_guides_figures_with_their_sources() {
        Technique effleurage = GUIDE.technique("effleurage");
        Dose warmUp = effleurage.doseFrom("Effleurage for Warm-Up").orElseThrow();
        Dose sequence = effleurage.doseFrom("Sequence of Movements").orElseThrow();
        assertThat(warmUp.repetitions()).isEqualTo(Range.of(4, 6));
        assertThat(warmUp.secondsPerRepetition()).isEqualTo(Range.of(5, 10));
        assertThat(sequence.repetitions()).isEqualTo(Range.of(6, 8));
    }

    @Test
    void kneading_keeps_both_of_the_guides_figures_with_their_sources() {
        Technique kneading = GUIDE.technique("petrissage");
        Dose section = kneading.doseFrom("Kneading and Petrissage").orElseThrow();
        assertThat(section.secondsPerRepetition()).isEqualTo(Range.of(10, 20));
        assertThat(section.repetitions()).isEqualTo(Range.of(2, 3));
        assertThat(kneading.doseFrom("Sequence of Movements").orElseThrow().secondsPerRepetition())
                .isEqualTo(Range.of(30, 60));
    }

    @Test
    void holds_and_times_match_the_guide() {
        assertThat(dose("trigger_point_release").holdSeconds()).isEqualTo(Range.of(20, 60));
        assertThat(dose("knee_to_chest").holdSeconds()).isEqualTo(Range.of(20, 30));
        assertThat(dose("supine_trunk_rotation").holdSeconds()).isEqualTo(Range.of(10, 15));
        assertThat(dose("supine_trunk_rotation").per()).isEqualTo("side");
        assertThat(dose("standing_hamstring_stretch").holdSeconds()).isEqualTo(Range.of(20, 30));
        assertThat(dose("pelvic_tilt").holdSeconds()).isEqualTo(Range.of(10, 15));
        assertThat(dose("ball_release").holdSeconds()).isEqualTo(Range.of(20, 40));
        assertThat(dose("thumb_knuckle_pressure").holdSeconds()).isEqualTo(Range.of(20, 30));
        assertThat(dose("circular_warmup").minutes()).isEqualTo(Range.of(1, 2));
        assertThat(dose("finishing_effleurage").minutes()).isEqualTo(Range.of(1, 2));
        assertThat(dose("cross_fiber_friction").secondsPerRepetition()).isEqualTo(Range.of(10, 20));
        assertThat(dose("cross_fiber_friction").per()).isEqualTo("point");
    }

    @Test
    void palm_strokes_are_three_to_five_slow_strokes_at_two_to_three_inches_a_second() {
        Dose palms = GUIDE.technique("palm_strokes").doseFrom("Using Hands and Fists").orElseThrow();
        assertThat(palms.repetitions()).isEqualTo(Range.of(3, 5));
        assertThat(palms.inchesPerSecond()).isEqualTo(Range.of(2, 3));
    }

    @Test
    void heat_is_five_to_ten_minutes_before_and_ten_to_fifteen_after() {
        Technique heat = GUIDE.technique("heat");
        assertThat(heat.doseFrom("Recommended Oils and Tools").orElseThrow().minutes()).isEqualTo(Range.of(5, 10));
        assertThat(heat.doseFrom("Stretching and Aftercare").orElseThrow().minutes()).isEqualTo(Range.of(10, 15));
        assertThat(heat.tools()).containsExactlyInAnyOrder(Tool.HEAT_PAD, Tool.WARM_TOWEL);
        assertThat(GUIDE.preparationItem("heat_before").number("minutes")).isEqualTo(Range.of(5, 10));
        assertThat(GUIDE.aftercareItem("heat_after").number("minutes")).isEqualTo(Range.of(10, 15));
    }

    @Test
    void the_room_is_21_to_24_celsius_or_70_to_75_fahrenheit() {
        CareItem room = GUIDE.preparationItem("room_temperature");
        assertThat(room.number("celsius")).isEqualTo(Range.of(21, 24));
        assertThat(room.number("fahrenheit")).isEqualTo(Range.of(70, 75));
        assertThat(room.text()).contains("21–24 °C").contains("70–75 °F");
        assertThat(room.source()).isEqualTo("Choosing the Right Environment");
    }

    @Test
    void sessions_last_5_to_15_minutes_once_or_twice_a_day() {
        assertThat(GUIDE.session().minutes()).isEqualTo(Range.of(5, 15));
        assertThat(GUIDE.session().timesPerDay()).isEqualTo(Range.of(1, 2));
        assertThat(GUIDE.session().source()).isEqualTo("FAQS");
    }

    @Test
    void the_referral_rules_carry_the_guides_hours_weeks_and_days() {
        assertThat(rule("soreness_past_48_hours").numbers().get("hours")).isEqualTo(Range.of(48, 48));
        assertThat(rule("worse_after_24_hours").numbers().get("hours")).isEqualTo(Range.of(24, 24));
        assertThat(rule("pain_over_two_weeks").numbers().get("weeks")).isEqualTo(Range.of(2, 2));
        assertThat(rule("no_improvement_with_self_care").numbers().get("days")).isEqualTo(Range.of(10, 14));
        assertThat(rule("red_flags").urgency()).isEqualTo("emergency");
    }

    @Test
    void the_stop_signs_cover_the_nerve_and_body_alarm_symptoms() {
        List<Symptom> covered = GUIDE.stopSigns().stream().flatMap(sign -> sign.symptoms().stream()).toList();
        assertThat(covered).contains(Symptom.PAIN_DOWN_LEG, Symptom.LEG_NUMBNESS, Symptom.LEG_TINGLING,
                Symptom.DIZZINESS, Symptom.SHORTNESS_OF_BREATH, Symptom.CHEST_PAIN, Symptom.LEG_WEAKNESS);
    }

    @Test
    void ball_release_needs_a_tennis_or_lacrosse_ball_and_hands_techniques_need_nothing() {
        assertThat(GUIDE.technique("ball_release").tools()).containsExactly(Tool.TENNIS_BALL, Tool.LACROSSE_BALL);
        assertThat(GUIDE.technique("palm_strokes").handsOnly()).isTrue();
    }

    private static Dose dose(String technique) {
        return GUIDE.technique(technique).plannedDose();
    }

    private static ReferralRule rule(String id) {
        return GUIDE.referralRules().stream().filter(rule -> rule.id().equals(id)).findFirst().orElseThrow();
    }
}
