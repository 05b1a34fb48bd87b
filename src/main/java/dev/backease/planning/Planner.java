package dev.backease.planning;

import dev.backease.content.Guide;
import dev.backease.content.Mode;
import dev.backease.screening.Intake;
import dev.backease.screening.ScreeningResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a session plan from an intake and its screening, following the guide's sequences.
 * Safety invariants every plan keeps: it fits the time (and the guide's 15-minute session), starts
 * light and goes firmer only after warming, never exceeds the screening's pressure cap, never uses an
 * excluded technique or a missing tool, never works on the spine, and limits time on any one knot.
 */
public final class Planner {
    static final String SPINE_CAUTION = "Stay off the spine: work only on the muscles beside it.";

    private final Guide guide;
    private final Recipes recipes;
    private final SafetyFilter safety;
    private final TimeFitter fitter = new TimeFitter();
    private final PositionChooser positions;
    private final CarePlanner care;

    public Planner(Guide guide) {
        this.guide = guide;
        this.recipes = new Recipes(guide);
        this.safety = new SafetyFilter(guide.pressureScale().light().range());
        this.positions = new PositionChooser(guide);
        this.care = new CarePlanner(guide);
    }

    public Plan plan(Intake intake, ScreeningResult screening) {
        return plan(intake, screening, List.of());
    }

    /**
     * As {@link #plan(Intake, ScreeningResult)}, but when time is short the techniques that helped this
     * person (from their journal, best first) are kept longer. A preference only chooses among steps
     * the screening already allows: it never brings back an excluded technique or raises a pressure.
     */
    public Plan plan(Intake intake, ScreeningResult screening, List<String> preferredTechniques) {
        if (!screening.massageAllowed()) {
            return noMassage(intake, screening);
        }
        List<StepRecipe> candidates = intake.mode() == Mode.PARTNER ? recipes.partner() : recipes.self(intake);
        List<StepRecipe> allowed = safety.allowed(candidates, intake, screening);
        TimeFitter.Fitted fitted = fitter.fit(allowed, budgetSeconds(intake), preferredTechniques);
        // Dropping steps for time must never leave firm work without its warm-up.
        List<StepRecipe> chosen = safety.warmedFirst(fitted.recipes());
        List<PlanStep> steps = chosen.stream().map(recipe -> step(recipe, fitted.fraction(), screening)).toList();
        return new Plan(screening, intake.mode(), positions.choose(intake, chosen),
                care.preparation(intake, screening, capped(intake)), steps, care.aftercare(intake, screening));
    }

    /** The guide's sessions last 5-15 minutes: a plan never runs longer, whatever time is free. */
    private int budgetSeconds(Intake intake) {
        return Math.min(intake.minutesAvailable(), guide.session().minutes().max()) * 60;
    }

    private boolean capped(Intake intake) {
        return intake.minutesAvailable() > guide.session().minutes().max();
    }

    private static PlanStep step(StepRecipe recipe, double fraction, ScreeningResult screening) {
        Integer repetitions = recipe.repetitionsAt(fraction);
        Integer secondsEach = recipe.secondsEach() == null ? null : recipe.secondsEach().at(fraction);
        Integer hold = recipe.holdSeconds() == null ? null : recipe.holdSeconds().at(fraction);
        return new PlanStep(recipe.id(), recipe.technique().name(), recipe.technique().area(),
                instructions(recipe), recipe.durationAt(fraction), repetitions, secondsEach, hold,
                new PressureRange(recipe.pressure().min(), recipe.pressure().max()), cautions(recipe, screening),
                recipe.source());
    }

    private static String instructions(StepRecipe recipe) {
        String base = recipe.technique().instructions();
        return recipe.extraInstructions() == null ? base : base + " " + recipe.extraInstructions();
    }

    private static List<String> cautions(StepRecipe recipe, ScreeningResult screening) {
        List<String> cautions = new ArrayList<>();
        cautions.add(SPINE_CAUTION);
        cautions.addAll(recipe.technique().cautions());
        screening.avoidAreas().stream().filter(area -> !area.equals("spine"))
                .map(area -> "Keep away from the " + area.replace('_', ' ') + ".")
                .forEach(cautions::add);
        return cautions;
    }

    /** No massage: no position, no steps, and one point saying why, in the screening's own words. */
    private static Plan noMassage(Intake intake, ScreeningResult screening) {
        String why = screening.actions().isEmpty()
                ? "Massage is not advised right now: " + screening.decision().id().replace('_', ' ') + "."
                : screening.actions().get(0);
        return new Plan(screening, intake.mode(), null, List.of(new CarePoint("no_massage", why)), List.of(),
                List.of());
    }
}
