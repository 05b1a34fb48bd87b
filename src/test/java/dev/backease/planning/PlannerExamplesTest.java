package dev.backease.planning;

import static dev.backease.planning.PlanFixtures.GUIDE;
import static dev.backease.planning.PlanFixtures.bloodThinners;
import static dev.backease.planning.PlanFixtures.emergency;
import static dev.backease.planning.PlanFixtures.intake;
import static dev.backease.planning.PlanFixtures.proceed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.content.Condition;
import dev.backease.content.Mode;
import dev.backease.content.Tool;
import dev.backease.screening.Intake;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Worked example plans, read the way a person would read them. */
class PlannerExamplesTest {
    private final Planner planner = new Planner(GUIDE);

    @Test
    void a_plain_ten_minute_partner_massage_follows_the_guides_sequence() {
        Plan plan = planner.plan(intake(Mode.PARTNER, 10, Set.of(), Set.of(), true), proceed());

        assertThat(plan.steps()).extracting(PlanStep::technique).containsExactly("effleurage", "petrissage",
                "cross_fiber_friction", "trigger_point_release", "pelvic_tilt", "finishing_effleurage");
        assertThat(plan.totalSeconds()).isLessThanOrEqualTo(600);
        assertThat(plan.position().id()).isEqualTo("prone_pillow_under_hips");
        assertThat(plan.position().instructions()).contains("shoulder-width").contains("knees, not at the waist");
        assertThat(ids(plan.preparation())).contains("room_temperature", "surface", "towels_and_pillows",
                "oil_light", "consent_plan", "ask_first").doesNotContain("heat_before", "session_length");
        assertThat(ids(plan.aftercare())).contains("stretches", "water", "soreness_normal", "cold_pack",
                "when_to_get_help").doesNotContain("heat_after");
    }

    @Test
    void the_partner_warm_up_is_six_light_strokes_of_five_to_ten_seconds() {
        PlanStep warmUp = planner.plan(intake(Mode.PARTNER, 10, Set.of(), Set.of(), true), proceed()).steps().get(0);

        assertThat(warmUp.repetitions()).isEqualTo(6);
        assertThat(warmUp.secondsPerRepetition()).isBetween(5, 10);
        assertThat(warmUp.pressure()).isEqualTo(new PressureRange(2, 3));
        assertThat(warmUp.source()).isEqualTo("Effleurage for Warm-Up");
    }

    @Test
    void partner_kneading_uses_passes_of_thirty_to_sixty_seconds_at_moderate_pressure() {
        PlanStep kneading = step(planner.plan(intake(Mode.PARTNER, 10, Set.of(), Set.of(), true), proceed()),
                "petrissage");

        assertThat(kneading.secondsPerRepetition()).isBetween(30, 60);
        assertThat(kneading.pressure()).isEqualTo(new PressureRange(4, 6));
        assertThat(kneading.source()).isEqualTo("Sequence of Movements");
        assertThat(kneading.cautions()).anyMatch(caution -> caution.contains("spine"));
    }

    @Test
    void someone_who_cannot_lie_face_down_is_massaged_on_their_side() {
        Plan plan = planner.plan(intake(Mode.PARTNER, 10, Set.of(), Set.of(), false), proceed());

        assertThat(plan.position().id()).isEqualTo("side_lying_knees_bent");
    }

    @Test
    void a_five_minute_self_massage_with_a_tennis_ball_is_done_standing_at_a_wall() {
        Plan plan = planner.plan(intake(Mode.SELF, 5, Set.of(Tool.TENNIS_BALL), Set.of(), true), proceed());

        assertThat(plan.position().id()).isEqualTo("standing_at_wall");
        assertThat(plan.totalSeconds()).isLessThanOrEqualTo(300);
        assertThat(plan.steps().get(0).technique()).isEqualTo("circular_warmup");
        PlanStep ball = step(plan, "ball_release");
        assertThat(ball.holdSeconds()).isBetween(20, 40);
        assertThat(ball.instructions()).contains("tennis ball");
        assertThat(plan.steps()).extracting(PlanStep::technique)
                .doesNotContain("foam_roller", "massage_stick", "massage_gun", "effleurage");
        assertThat(ids(plan.preparation())).contains("self_check").doesNotContain("consent_plan");
    }

    @Test
    void self_massage_ends_with_the_guides_stretches_and_their_holds() {
        Plan plan = planner.plan(intake(Mode.SELF, 15, Set.of(), Set.of(), true), proceed());

        assertThat(step(plan, "knee_to_chest").holdSeconds()).isBetween(20, 30);
        assertThat(step(plan, "supine_trunk_rotation").holdSeconds()).isBetween(10, 15);
        assertThat(step(plan, "supine_trunk_rotation").repetitions()).isEqualTo(2);
        assertThat(step(plan, "standing_hamstring_stretch").holdSeconds()).isBetween(20, 30);
        assertThat(plan.position().id()).isEqualTo("seated_supported");
    }

    @Test
    void blood_thinners_keep_the_whole_plan_at_light_touch() {
        Plan plan = planner.plan(intake(Mode.PARTNER, 10, Set.of(), Set.of(Condition.BLOOD_THINNERS), true),
                bloodThinners());

        assertThat(plan.steps()).extracting(PlanStep::technique)
                .containsExactly("effleurage", "pelvic_tilt", "finishing_effleurage");
        assertThat(plan.steps()).allMatch(step -> step.pressure().max() <= 3);
    }

    @Test
    void an_hour_free_still_gets_the_guides_fifteen_minute_session_and_is_told_why() {
        Plan plan = planner.plan(intake(Mode.PARTNER, 60, Set.of(), Set.of(), true), proceed());

        assertThat(plan.totalSeconds()).isLessThanOrEqualTo(15 * 60);
        assertThat(plan.preparation().get(0).id()).isEqualTo("session_length");
        assertThat(plan.preparation().get(0).text()).contains("15 minutes");
    }

    @Test
    void heat_is_offered_before_and_after_but_never_on_a_numb_area() {
        Plan warm = planner.plan(intake(Mode.SELF, 10, Set.of(Tool.HEAT_PAD), Set.of(), true), proceed());
        Plan numb = planner.plan(intake(Mode.SELF, 10, Set.of(Tool.HEAT_PAD), Set.of(Condition.NUMB_AREA), true),
                proceed());

        assertThat(text(warm.preparation(), "heat_before")).contains("5–10 minutes");
        assertThat(text(warm.aftercare(), "heat_after")).contains("10–15 minutes");
        assertThat(ids(numb.preparation())).doesNotContain("heat_before");
        assertThat(ids(numb.aftercare())).doesNotContain("heat_after");
    }

    @Test
    void oil_follows_the_skin_an_allergy_first() {
        Plan sensitive = planner.plan(
                intake(Mode.PARTNER, 10, Set.of(), Set.of(Condition.SENSITIVE_SKIN), true), proceed());
        Plan allergic = planner.plan(intake(Mode.PARTNER, 10, Set.of(),
                Set.of(Condition.SENSITIVE_SKIN, Condition.OIL_ALLERGY), true), proceed());

        assertThat(text(sensitive.preparation(), "oil_sensitive_skin")).contains("unscented").contains("patch");
        assertThat(ids(allergic.preparation())).contains("oil_allergy").doesNotContain("oil_sensitive_skin",
                "oil_light");
    }

    @Test
    void the_aftercare_says_when_to_call_someone() {
        Plan plan = planner.plan(intake(Mode.SELF, 10, Set.of(), Set.of(), true), proceed());

        assertThat(text(plan.aftercare(), "when_to_get_help")).contains("48 hours").contains("24 hours")
                .contains("numbness").contains("weakness");
    }

    @Test
    void when_massage_is_not_allowed_the_plan_only_says_why() {
        Plan plan = planner.plan(intake(Mode.PARTNER, 10, Set.of(), Set.of(), true), emergency());

        assertThat(plan.steps()).isEmpty();
        assertThat(plan.position()).isNull();
        assertThat(plan.totalSeconds()).isZero();
        assertThat(plan.preparation()).containsExactly(new CarePoint("no_massage",
                "Call emergency services now: loss of bladder control needs urgent care."));
        assertThat(plan.aftercare()).isEmpty();
    }

    private static PlanStep step(Plan plan, String technique) {
        return plan.steps().stream().filter(step -> step.technique().equals(technique)).findFirst().orElseThrow();
    }

    private static List<String> ids(List<CarePoint> points) {
        return points.stream().map(CarePoint::id).toList();
    }

    private static String text(List<CarePoint> points, String id) {
        return points.stream().filter(point -> point.id().equals(id)).findFirst().orElseThrow().text();
    }

    @org.junit.jupiter.api.Test
    void when_time_is_short_a_technique_that_helped_this_person_is_kept_before_others() {
        Intake intake = PlanFixtures.intake(Mode.SELF, 5,
                Set.of(Tool.TENNIS_BALL, Tool.FOAM_ROLLER, Tool.MASSAGE_STICK), Set.of(), true);
        List<StepRecipe> recipes = new Recipes(GUIDE).self(intake);
        int tight = TimeFitter.total(recipes, 0.0) / 2;
        TimeFitter fitter = new TimeFitter();
        List<String> usual = fitter.fit(recipes, tight).recipes().stream().map(StepRecipe::id).toList();
        String dropped = recipes.stream().map(StepRecipe::id)
                .filter(id -> !usual.contains(id) && !GUIDE.technique(id).warming()).findFirst().orElseThrow();

        List<String> preferred = fitter.fit(recipes, tight, List.of(dropped)).recipes().stream()
                .map(StepRecipe::id).toList();

        assertThat(preferred).contains(dropped);
        assertThat(preferred).contains("circular_warmup");
    }
}
