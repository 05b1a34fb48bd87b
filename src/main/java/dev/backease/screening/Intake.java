package dev.backease.screening;

import dev.backease.content.Condition;
import dev.backease.content.Injury;
import dev.backease.content.Mode;
import dev.backease.content.Symptom;
import dev.backease.content.Tool;
import java.util.Set;

/**
 * Everything the person tells BackEase before a massage (the contract's Intake).
 * Adapters fill unreported answers with the safe "nothing reported" value.
 */
public record Intake(
        Mode mode,
        Pain pain,
        Injury injury,
        Set<Symptom> symptoms,
        Set<Condition> conditions,
        Set<Condition> clearances,
        Giver giver,
        boolean canLieFaceDown,
        Set<Tool> tools,
        int minutesAvailable,
        int comfortMax) {

    public static final int DEFAULT_MINUTES = 10;
    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 60;
    public static final int DEFAULT_COMFORT_MAX = 6;

    public Intake {
        symptoms = Set.copyOf(symptoms);
        conditions = Set.copyOf(conditions);
        clearances = Set.copyOf(clearances);
        tools = Set.copyOf(tools);
    }

    public boolean has(Symptom symptom) {
        return symptoms.contains(symptom);
    }

    public boolean has(Condition condition) {
        return conditions.contains(condition);
    }

    public boolean cleared(Condition condition) {
        return clearances.contains(condition);
    }

    public boolean has(Tool tool) {
        return tools.contains(tool);
    }

    /** The giver's answers count only when someone else gives the massage. */
    public boolean giverPregnant() {
        return mode == Mode.PARTNER && giver.pregnant();
    }

    /** A minimal intake: only the required answers, everything else nothing reported. */
    public static Intake minimal(Mode mode, int intensity, int durationDays) {
        return new Intake(mode, Pain.of(intensity, durationDays), Injury.NONE, Set.of(), Set.of(), Set.of(),
                Giver.NOTHING_REPORTED, true, Set.of(), DEFAULT_MINUTES, DEFAULT_COMFORT_MAX);
    }
}
