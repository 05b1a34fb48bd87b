package dev.backease.planning;

import static dev.backease.planning.PlanFixtures.GUIDE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.content.Condition;
import dev.backease.content.ContentIds;
import dev.backease.content.Injury;
import dev.backease.content.Mode;
import dev.backease.content.Technique;
import dev.backease.content.Tool;
import dev.backease.screening.Decision;
import dev.backease.screening.Giver;
import dev.backease.screening.Intake;
import dev.backease.screening.Pain;
import dev.backease.screening.Referral;
import dev.backease.screening.ScreeningResult;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the answers and whatever the screening says, every plan keeps the guide's safety rules. */
class PlannerPropertiesTest {
    private static final int LIGHT_MAX = 3;
    private final Planner planner = new Planner(GUIDE);

    @Property
    void a_plan_fits_the_time_available_and_the_guides_fifteen_minutes(
            @ForAll("intakes") Intake intake, @ForAll("screenings") ScreeningResult screening) {
        Plan plan = planner.plan(intake, screening);
        assertThat(plan.totalSeconds()).isLessThanOrEqualTo(intake.minutesAvailable() * 60).isLessThanOrEqualTo(900);
        assertThat(plan.totalSeconds()).isEqualTo(plan.steps().stream().mapToInt(PlanStep::durationSeconds).sum());
    }

    @Property
    void a_plan_starts_light_and_goes_firmer_only_after_warming(
            @ForAll("intakes") Intake intake, @ForAll("screenings") ScreeningResult screening) {
        boolean warmed = false;
        for (PlanStep step : planner.plan(intake, screening).steps()) {
            if (!warmed) {
                assertThat(step.pressure().max()).as(step.technique() + " before any warm-up").isLessThanOrEqualTo(LIGHT_MAX);
            }
            warmed |= GUIDE.technique(step.technique()).warming();
        }
    }

    @Property
    void no_step_is_firmer_than_the_screening_allows_or_gentler_than_the_guide_asks(
            @ForAll("intakes") Intake intake, @ForAll("screenings") ScreeningResult screening) {
        for (PlanStep step : planner.plan(intake, screening).steps()) {
            assertThat(step.pressure().max()).as(step.technique()).isLessThanOrEqualTo(screening.maxPressure());
            assertThat(step.pressure().min()).as(step.technique())
                    .isGreaterThanOrEqualTo(GUIDE.technique(step.technique()).pressure().min());
        }
    }

    @Property
    void a_plan_never_uses_an_excluded_technique_or_a_tool_the_person_lacks(
            @ForAll("intakes") Intake intake, @ForAll("screenings") ScreeningResult screening) {
        for (PlanStep step : planner.plan(intake, screening).steps()) {
            Technique technique = GUIDE.technique(step.technique());
            assertThat(screening.excludedTechniques()).doesNotContain(step.technique());
            assertThat(technique.handsOnly() || technique.tools().stream().anyMatch(intake::has))
                    .as(step.technique() + " needs a tool the person has").isTrue();
            assertThat(technique.belongsTo(intake.mode())).as(step.technique() + " fits the mode").isTrue();
        }
    }

    @Property
    void a_plan_never_works_on_the_spine_and_says_to_stay_off_it(
            @ForAll("intakes") Intake intake, @ForAll("screenings") ScreeningResult screening) {
        for (PlanStep step : planner.plan(intake, screening).steps()) {
            assertThat(step.area()).isNotEqualTo("spine");
            assertThat(screening.avoidAreas()).doesNotContain(step.area());
            assertThat(step.cautions()).anyMatch(caution -> caution.toLowerCase().contains("off the spine"));
        }
    }

    @Property
    void time_on_any_one_knot_or_point_stays_within_the_guides_limits(
            @ForAll("intakes") Intake intake, @ForAll("screenings") ScreeningResult screening) {
        for (PlanStep step : planner.plan(intake, screening).steps()) {
            if (step.technique().equals("trigger_point_release")) {
                assertThat(step.holdSeconds()).isBetween(20, 60);
            }
            if (step.technique().equals("cross_fiber_friction")) {
                assertThat(step.secondsPerRepetition()).isBetween(10, 20);
            }
        }
    }

    @Property
    void every_step_names_a_guide_section_as_its_source(
            @ForAll("intakes") Intake intake, @ForAll("screenings") ScreeningResult screening) {
        for (PlanStep step : planner.plan(intake, screening).steps()) {
            assertThat(GUIDE.sections()).contains(step.source());
            assertThat(step.name()).isNotBlank();
            assertThat(step.instructions()).isNotBlank();
        }
    }

    @Property
    void a_plan_that_may_not_massage_has_no_steps_no_position_and_one_reason(
            @ForAll("intakes") Intake intake, @ForAll("screenings") ScreeningResult screening) {
        Plan plan = planner.plan(intake, screening);
        if (screening.massageAllowed()) {
            assertThat(plan.position()).isNotNull();
            return;
        }
        assertThat(plan.steps()).isEmpty();
        assertThat(plan.position()).isNull();
        assertThat(plan.preparation()).hasSize(1);
        assertThat(plan.preparation().get(0).text()).isEqualTo(screening.actions().get(0));
        assertThat(plan.aftercare()).isEmpty();
    }

    @Property
    void heat_never_goes_on_a_numb_area(
            @ForAll("intakes") Intake intake, @ForAll("screenings") ScreeningResult screening) {
        Plan plan = planner.plan(intake, screening);
        if (intake.has(Condition.NUMB_AREA)) {
            assertThat(plan.preparation()).extracting(CarePoint::id).doesNotContain("heat_before");
            assertThat(plan.aftercare()).extracting(CarePoint::id).doesNotContain("heat_after");
        }
    }

    @Property
    void a_preference_for_what_helped_never_brings_back_an_excluded_technique_or_a_firmer_pressure(
            @ForAll("intakes") Intake intake, @ForAll("screenings") ScreeningResult screening,
            @ForAll("preferences") List<String> preferred) {
        Plan plan = planner.plan(intake, screening, preferred);
        assertThat(plan.totalSeconds()).isLessThanOrEqualTo(Math.min(intake.minutesAvailable(), 15) * 60);
        for (PlanStep step : plan.steps()) {
            assertThat(screening.excludedTechniques()).doesNotContain(step.technique());
            assertThat(step.pressure().max()).isLessThanOrEqualTo(screening.maxPressure());
        }
    }

    @Provide
    Arbitrary<List<String>> preferences() {
        return Arbitraries.of(ContentIds.TECHNIQUES).list().uniqueElements().ofMaxSize(5);
    }

    @Provide
    Arbitrary<Intake> intakes() {
        return Combinators.combine(Arbitraries.of(Mode.class), Arbitraries.of(Condition.class).set(),
                        Arbitraries.of(Tool.class).set(), Arbitraries.of(true, false),
                        Arbitraries.integers().between(Intake.MIN_MINUTES, Intake.MAX_MINUTES),
                        Arbitraries.integers().between(0, 10))
                .as((mode, conditions, tools, faceDown, minutes, comfort) -> new Intake(mode, Pain.of(4, 3),
                        Injury.NONE, Set.of(), conditions, Set.of(), Giver.NOTHING_REPORTED, faceDown, tools,
                        minutes, comfort));
    }

    @Provide
    Arbitrary<ScreeningResult> screenings() {
        Arbitrary<List<String>> excluded = Arbitraries.of(ContentIds.TECHNIQUES).list().uniqueElements().ofMaxSize(8);
        Arbitrary<List<String>> areas = Arbitraries.of("bony_areas", "bruised_area", "numb_area", "paraspinal_muscles")
                .list().uniqueElements().ofMaxSize(2).map(list -> prepend("spine", list));
        return Combinators.combine(Arbitraries.of(Decision.class), Arbitraries.of(Referral.class),
                        Arbitraries.integers().between(0, 10), excluded, areas)
                .as((decision, referral, cap, without, avoid) -> new ScreeningResult(decision, referral,
                        decision.allowsMassage() ? cap : 0, without, avoid, List.of(),
                        List.of("What to do first for " + decision.id() + "."), List.of()));
    }

    private static List<String> prepend(String first, List<String> rest) {
        return Stream.concat(Stream.of(first), rest.stream()).toList();
    }

}
