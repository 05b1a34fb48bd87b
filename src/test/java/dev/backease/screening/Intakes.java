package dev.backease.screening;

import dev.backease.content.Condition;
import dev.backease.content.Injury;
import dev.backease.content.Mode;
import dev.backease.content.PainCharacter;
import dev.backease.content.Symptom;
import dev.backease.content.Trend;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Any intake at all, for properties that must hold whatever a person reports. */
public final class Intakes {
    private Intakes() {}

    public static Arbitrary<Intake> any() {
        Arbitrary<Pain> pains = Combinators.combine(
                        Arbitraries.integers().between(0, 10),
                        Arbitraries.of(PainCharacter.class).set(),
                        Arbitraries.integers().between(0, 400),
                        Arbitraries.of(Trend.class),
                        Arbitraries.integers().between(0, 15),
                        Arbitraries.integers().between(0, 30).injectNull(0.3))
                .as((intensity, character, days, trend, flags, selfCare) -> new Pain(intensity, character, days,
                        trend, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, (flags & 8) != 0, selfCare));
        return Combinators.combine(
                        Arbitraries.of(Mode.class),
                        pains,
                        Arbitraries.of(Injury.class),
                        Arbitraries.of(Symptom.class).set().ofMaxSize(3),
                        Arbitraries.of(Condition.class).set().ofMaxSize(4),
                        Arbitraries.of(Condition.class).set().ofMaxSize(4),
                        Arbitraries.of(true, false))
                .as((mode, pain, injury, symptoms, conditions, clearances, giverPregnant) -> new Intake(mode, pain,
                        injury, symptoms, conditions, clearances, new Giver(giverPregnant), true, Set.of(),
                        Intake.DEFAULT_MINUTES, Intake.DEFAULT_COMFORT_MAX));
    }
}
