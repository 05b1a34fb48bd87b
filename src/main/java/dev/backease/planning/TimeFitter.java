package dev.backease.planning;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits the steps into the time: drops the least important steps until the guide's low figures fit,
 * then stretches every step toward the guide's high figures as far as the time allows.
 */
final class TimeFitter {
    private static final double[] FRACTIONS = {1.0, 0.75, 0.5, 0.25, 0.0};

    record Fitted(List<StepRecipe> recipes, double fraction) {}

    Fitted fit(List<StepRecipe> recipes, int budgetSeconds) {
        List<StepRecipe> kept = new ArrayList<>(recipes);
        while (!kept.isEmpty() && total(kept, 0.0) > budgetSeconds) {
            kept.remove(leastImportant(kept));
        }
        for (double fraction : FRACTIONS) {
            if (total(kept, fraction) <= budgetSeconds) {
                return new Fitted(kept, fraction);
            }
        }
        return new Fitted(kept, 0.0);
    }

    /** The lowest priority goes first; among equals, the later step (so warm-ups outlast finishes). */
    private static StepRecipe leastImportant(List<StepRecipe> recipes) {
        StepRecipe least = recipes.get(recipes.size() - 1);
        for (int i = recipes.size() - 1; i >= 0; i--) {
            if (recipes.get(i).priority() < least.priority()) {
                least = recipes.get(i);
            }
        }
        return least;
    }

    static int total(List<StepRecipe> recipes, double fraction) {
        return recipes.stream().mapToInt(recipe -> recipe.durationAt(fraction)).sum();
    }

}
