package dev.backease.journal;

import java.util.List;

/**
 * A hint for the planner: technique ids that have worked for this person, best first. A hint only:
 * it never overrides what screening excludes, and techniques that made pain worse are left out.
 */
public record PlanPreference(List<String> preferredTechniques) {
    public PlanPreference {
        preferredTechniques = List.copyOf(preferredTechniques);
    }

    public static PlanPreference none() {
        return new PlanPreference(List.of());
    }
}
