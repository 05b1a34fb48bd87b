package dev.backease.screening;

import dev.backease.content.Condition;
import dev.backease.content.Injury;
import dev.backease.content.Mode;
import dev.backease.content.PainCharacter;
import dev.backease.content.Symptom;
import dev.backease.content.Trend;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Builds intakes for tests. It starts from a mild, everyday ache that no rule cares about, so a
 * test adds only the answer it is about.
 */
final class IntakeFixture {
    static final String EMERGENCY_NUMBER = "112";
    static final Screening SCREENING = new Screening(EMERGENCY_NUMBER);

    private Mode mode;
    private int intensity = 3;
    private Set<PainCharacter> character = EnumSet.of(PainCharacter.ACHING);
    private int durationDays = 3;
    private Trend trend = Trend.SAME;
    private boolean suddenOnset;
    private boolean wakesAtNight;
    private boolean limitsDailyActivities;
    private boolean recurring;
    private Integer daysOfSelfCare;
    private Injury injury = Injury.NONE;
    private final Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
    private final Set<Condition> conditions = EnumSet.noneOf(Condition.class);
    private final Set<Condition> clearances = EnumSet.noneOf(Condition.class);
    private boolean giverPregnant;

    private IntakeFixture(Mode mode) {
        this.mode = mode;
    }

    static IntakeFixture mildAche(Mode mode) {
        return new IntakeFixture(mode);
    }

    static IntakeFixture selfMassage() {
        return new IntakeFixture(Mode.SELF);
    }

    static IntakeFixture partnerMassage() {
        return new IntakeFixture(Mode.PARTNER);
    }

    IntakeFixture intensity(int value) {
        intensity = value;
        return this;
    }

    IntakeFixture feels(PainCharacter... values) {
        character = Set.of(values);
        return this;
    }

    IntakeFixture durationDays(int value) {
        durationDays = value;
        return this;
    }

    IntakeFixture trend(Trend value) {
        trend = value;
        return this;
    }

    IntakeFixture suddenOnset() {
        suddenOnset = true;
        return this;
    }

    IntakeFixture wakesAtNight() {
        wakesAtNight = true;
        return this;
    }

    IntakeFixture limitsDailyActivities() {
        limitsDailyActivities = true;
        return this;
    }

    IntakeFixture recurring() {
        recurring = true;
        return this;
    }

    IntakeFixture daysOfSelfCareWithoutImprovement(Integer days) {
        daysOfSelfCare = days;
        return this;
    }

    IntakeFixture after(Injury value) {
        injury = value;
        return this;
    }

    IntakeFixture with(Symptom... values) {
        symptoms.addAll(List.of(values));
        return this;
    }

    IntakeFixture with(Condition... values) {
        conditions.addAll(List.of(values));
        return this;
    }

    IntakeFixture clearedFor(Condition... values) {
        clearances.addAll(List.of(values));
        return this;
    }

    IntakeFixture giverPregnant() {
        giverPregnant = true;
        return this;
    }

    Intake build() {
        Pain pain = new Pain(intensity, character, durationDays, trend, suddenOnset, wakesAtNight,
                limitsDailyActivities, recurring, daysOfSelfCare);
        return new Intake(mode, pain, injury, symptoms, conditions, clearances, new Giver(giverPregnant), true,
                Set.of(), Intake.DEFAULT_MINUTES, Intake.DEFAULT_COMFORT_MAX);
    }

    ScreeningResult screen() {
        return SCREENING.screen(build());
    }

    /** The ids of the rules that gave a reason, in the result's order. */
    static List<String> firedRules(ScreeningResult result) {
        return result.reasons().stream().map(Reason::rule).toList();
    }
}
