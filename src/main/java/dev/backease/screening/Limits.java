package dev.backease.screening;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;

/**
 * What a rule restricts while massage is still allowed: a pressure cap on the 0-10 scale,
 * techniques not to use and areas not to touch. Limits only ever add up.
 */
public record Limits(OptionalInt maxPressure, List<String> excludedTechniques, List<String> avoidAreas) {
    public static final Limits NONE = new Limits(OptionalInt.empty(), List.of(), List.of());

    public Limits {
        excludedTechniques = List.copyOf(excludedTechniques);
        avoidAreas = List.copyOf(avoidAreas);
    }

    public static Limits pressureAtMost(int cap) {
        return NONE.withPressureAtMost(cap);
    }

    public Limits withPressureAtMost(int cap) {
        return new Limits(OptionalInt.of(cap), excludedTechniques, avoidAreas);
    }

    public Limits excluding(List<String> techniques) {
        return new Limits(maxPressure, union(excludedTechniques, techniques), avoidAreas);
    }

    public Limits avoiding(String... areas) {
        return new Limits(maxPressure, excludedTechniques, union(avoidAreas, List.of(areas)));
    }

    /** Both sets of limits at once: the lower cap, and every exclusion and area of either. */
    public Limits and(Limits other) {
        OptionalInt cap = maxPressure;
        if (other.maxPressure.isPresent()
                && (cap.isEmpty() || other.maxPressure.getAsInt() < cap.getAsInt())) {
            cap = other.maxPressure;
        }
        return new Limits(cap, union(excludedTechniques, other.excludedTechniques),
                union(avoidAreas, other.avoidAreas));
    }

    private static List<String> union(List<String> first, List<String> second) {
        LinkedHashSet<String> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return new ArrayList<>(all);
    }
}
