package dev.backease.journal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Decides whether a journal entry may be kept, naming every field that is wrong. */
public final class EntryValidation {
    /** Phones and computers disagree about the time by a little; more than this is a typing mistake. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    public static final int MAX_NOTES = 2000;
    public static final int MAX_SESSION_ID = 100;
    public static final int MAX_TECHNIQUES = 30;

    /** The technique ids the contract names; the list is open, so the lead may pass a wider one. */
    public static final Set<String> CONTRACT_TECHNIQUES = Set.of(
            "effleurage", "petrissage", "cross_fiber_friction", "trigger_point_release", "finishing_effleurage",
            "circular_warmup", "palm_strokes", "thumb_knuckle_pressure", "fist_compressions", "ball_release",
            "foam_roller", "massage_stick", "massage_gun", "pelvic_tilt", "knee_to_chest",
            "supine_trunk_rotation", "standing_hamstring_stretch", "heat");

    private final Clock clock;
    private final Predicate<String> knownTechnique;

    public EntryValidation(Clock clock, Predicate<String> knownTechnique) {
        this.clock = clock;
        this.knownTechnique = knownTechnique;
    }

    public EntryValidation(Clock clock) {
        this(clock, CONTRACT_TECHNIQUES::contains);
    }

    public List<EntryProblem> problems(JournalEntry entry) {
        List<EntryProblem> problems = new ArrayList<>();
        checkTime(entry.at(), problems);
        if (entry.kind() == null) {
            problems.add(new EntryProblem("kind", "is required: one of session, check_in"));
        } else if (entry.isSession()) {
            checkSession(entry, problems);
        } else {
            checkCheckIn(entry, problems);
        }
        checkTechniques(entry, problems);
        if (entry.notes().length() > MAX_NOTES) {
            problems.add(new EntryProblem("notes", "must be at most " + MAX_NOTES + " characters"));
        }
        if (entry.sessionId() != null && (entry.sessionId().isBlank() || entry.sessionId().length() > MAX_SESSION_ID)) {
            problems.add(new EntryProblem("sessionId", "must be null or 1 to " + MAX_SESSION_ID + " characters"));
        }
        return problems;
    }

    /** Throws {@link InvalidEntryException} listing every problem, or returns the entry unchanged. */
    public JournalEntry require(JournalEntry entry) {
        List<EntryProblem> problems = problems(entry);
        if (!problems.isEmpty()) {
            throw new InvalidEntryException(problems);
        }
        return entry;
    }

    private void checkTime(Instant at, List<EntryProblem> problems) {
        if (at == null) {
            problems.add(new EntryProblem("at", "is required: an ISO-8601 instant like 2026-11-20T18:30:00Z"));
        } else if (at.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            problems.add(new EntryProblem("at", "must not be in the future"));
        }
    }

    private static void checkSession(JournalEntry entry, List<EntryProblem> problems) {
        requirePain("painBefore", entry.painBefore(), "session", problems);
        requirePain("painAfter", entry.painAfter(), "session", problems);
        mustBeAbsent("painLevel", entry.painLevel() != null, "check_in", problems);
        mustBeAbsent("soreness", entry.soreness(), "check_in", problems);
    }

    private static void checkCheckIn(JournalEntry entry, List<EntryProblem> problems) {
        requirePain("painLevel", entry.painLevel(), "check_in", problems);
        mustBeAbsent("painBefore", entry.painBefore() != null, "session", problems);
        mustBeAbsent("painAfter", entry.painAfter() != null, "session", problems);
    }

    private static void requirePain(String field, Integer value, String kind, List<EntryProblem> problems) {
        if (value == null) {
            problems.add(new EntryProblem(field, "is required for " + kind + " entries: a number 0 to 10"));
        } else if (value < 0 || value > 10) {
            problems.add(new EntryProblem(field, "must be 0 to 10"));
        }
    }

    private static void mustBeAbsent(String field, boolean present, String kind, List<EntryProblem> problems) {
        if (present) {
            problems.add(new EntryProblem(field, "belongs only to " + kind + " entries; leave it out"));
        }
    }

    private void checkTechniques(JournalEntry entry, List<EntryProblem> problems) {
        if (entry.techniques().size() > MAX_TECHNIQUES) {
            problems.add(new EntryProblem("techniques", "must list at most " + MAX_TECHNIQUES + " techniques"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entry.techniques().size(); i++) {
            String technique = entry.techniques().get(i);
            String field = "techniques[" + i + "]";
            if (!isKnown(technique)) {
                problems.add(new EntryProblem(field, "is not a known technique id"));
            } else if (!seen.add(technique)) {
                problems.add(new EntryProblem(field, "is listed twice"));
            }
        }
        for (int i = 0; i < entry.helped().size(); i++) {
            String technique = entry.helped().get(i);
            if (technique == null || !entry.techniques().contains(technique)) {
                problems.add(new EntryProblem("helped[" + i + "]", "must also be listed in techniques"));
            }
        }
    }

    private boolean isKnown(String technique) {
        return technique != null && knownTechnique.test(technique);
    }
}
