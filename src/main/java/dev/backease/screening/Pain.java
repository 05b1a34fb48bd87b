package dev.backease.screening;

import dev.backease.content.PainCharacter;
import dev.backease.content.Trend;
import java.util.Set;

/**
 * The pain as the person describes it.
 *
 * @param intensity 0-10
 * @param durationDays days since it began
 * @param daysOfSelfCareWithoutImprovement null when not reported
 */
public record Pain(
        int intensity,
        Set<PainCharacter> character,
        int durationDays,
        Trend trend,
        boolean suddenOnset,
        boolean wakesAtNight,
        boolean limitsDailyActivities,
        boolean recurring,
        Integer daysOfSelfCareWithoutImprovement) {

    public Pain {
        character = Set.copyOf(character);
    }

    /** A pain with only the required answers; everything else "nothing reported". */
    public static Pain of(int intensity, int durationDays) {
        return new Pain(intensity, Set.of(), durationDays, Trend.SAME, false, false, false, false, null);
    }
}
