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

    /**
     * How much more a technique that helped this person weighs when time is short: enough to outlast
     * every step that did not help, never enough to outlast the warm-up (which firmer work needs).
     */
    static final int PREFERRED_BONUS = 60;

    Fitted fit(List<StepRecipe> recipes, int budgetSeconds) {
        return fit(recipes, budgetSeconds, List.of());
    }

    /** As {@link #fit(List, int)}, keeping techniques that helped this person longer when steps must go. */
    Fitted fit(List<StepRecipe> recipes, int budgetSeconds, List<String> preferred) {
        List<StepRecipe> kept = new ArrayList<>(recipes);
        while (!kept.isEmpty() && total(kept, 0.0) > budgetSeconds) {
            kept.remove(leastImportant(kept, preferred));
        }
        for (double fraction : FRACTIONS) {
            if (total(kept, fraction) <= budgetSeconds) {
                return new Fitted(kept, fraction);
            }
        }
        return new Fitted(kept, 0.0);
    }

    /** The lowest priority goes first; among equals, the later step (so warm-ups outlast finishes). */
    private static StepRecipe leastImportant(List<StepRecipe> recipes, List<String> preferred) {
        StepRecipe least = recipes.get(recipes.size() - 1);
        for (int i = recipes.size() - 1; i >= 0; i--) {
            if (weight(recipes.get(i), preferred) < weight(least, preferred)) {
                least = recipes.get(i);
            }
        }
        return least;
    }

    private static int weight(StepRecipe recipe, List<String> preferred) {
        return recipe.priority() + (preferred.contains(recipe.id()) ? PREFERRED_BONUS : 0);
    }

    static int total(List<StepRecipe> recipes, double fraction) {
        return recipes.stream().mapToInt(recipe -> recipe.durationAt(fraction)).sum();
    }

}
