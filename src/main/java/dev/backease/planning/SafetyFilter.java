package dev.backease.planning;

import dev.backease.content.Range;
import dev.backease.screening.Intake;
import dev.backease.screening.ScreeningResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps only the steps the screening and the person's tools allow, with pressure clipped to the
 * screening's cap, and only lets firmer-than-light work follow a warming step ("Start with light
 * warming strokes, then use firmer pressure on tight areas").
 */
final class SafetyFilter {
    private final int lightMax;

    SafetyFilter(Range light) {
        this.lightMax = light.max();
    }

    List<StepRecipe> allowed(List<StepRecipe> recipes, Intake intake, ScreeningResult screening) {
        List<StepRecipe> kept = new ArrayList<>();
        for (StepRecipe recipe : recipes) {
            if (usable(recipe, intake, screening)) {
                clipped(recipe, screening.maxPressure()).ifPresent(kept::add);
            }
        }
        return warmedFirst(kept);
    }

    /** Drops any step firmer than light that no warming step comes before. */
    List<StepRecipe> warmedFirst(List<StepRecipe> recipes) {
        List<StepRecipe> kept = new ArrayList<>();
        boolean warmed = false;
        for (StepRecipe recipe : recipes) {
            if (recipe.pressure().max() > lightMax && !warmed) {
                continue;
            }
            warmed |= recipe.technique().warming();
            kept.add(recipe);
        }
        return kept;
    }

    private static boolean usable(StepRecipe recipe, Intake intake, ScreeningResult screening) {
        return !screening.excludedTechniques().contains(recipe.id())
                && !screening.avoidAreas().contains(recipe.technique().area())
                && hasTool(recipe, intake);
    }

    private static boolean hasTool(StepRecipe recipe, Intake intake) {
        return recipe.technique().handsOnly() || recipe.technique().tools().stream().anyMatch(intake::has);
    }

    /** The cap trims the top of a band; a step whose gentlest pressure is above the cap is dropped. */
    private static Optional<StepRecipe> clipped(StepRecipe recipe, int cap) {
        Range pressure = recipe.pressure();
        if (pressure.min() > cap) {
            return Optional.empty();
        }
        return Optional.of(recipe.withPressure(Range.of(pressure.min(), Math.min(pressure.max(), cap))));
    }
}
