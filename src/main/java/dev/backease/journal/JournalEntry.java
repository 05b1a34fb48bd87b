package dev.backease.journal;

import dev.backease.content.Symptom;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One line of a person's journal (the contract's JournalEntry).
 * The record only normalises empty values; {@link EntryValidation} says whether an entry may be kept.
 *
 * @param id null until the entry is saved
 * @param sessionId the live session this entry belongs to, or null
 * @param painBefore session entries: 0-10 before the massage
 * @param painAfter session entries: 0-10 after the massage
 * @param painLevel check-in entries: 0-10 now
 * @param soreness check-in entries: soreness from the last massage is still there
 * @param techniques technique ids used
 * @param helped technique ids that helped; each one is also in techniques
 */
public record JournalEntry(
        String id,
        Instant at,
        EntryKind kind,
        String sessionId,
        Integer painBefore,
        Integer painAfter,
        Integer painLevel,
        boolean soreness,
        Set<Symptom> symptoms,
        List<String> techniques,
        List<String> helped,
        String notes) {

    public JournalEntry {
        symptoms = symptoms == null || symptoms.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(symptoms));
        techniques = techniques == null ? List.of() : List.copyOf(techniques);
        helped = helped == null ? List.of() : List.copyOf(helped);
        notes = notes == null ? "" : notes;
    }

    public static JournalEntry session(Instant at, int painBefore, int painAfter) {
        return new JournalEntry(null, at, EntryKind.SESSION, null, painBefore, painAfter, null, false,
                Set.of(), List.of(), List.of(), "");
    }

    public static JournalEntry checkIn(Instant at, int painLevel, boolean soreness) {
        return new JournalEntry(null, at, EntryKind.CHECK_IN, null, null, null, painLevel, soreness,
                Set.of(), List.of(), List.of(), "");
    }

    public JournalEntry withId(String newId) {
        return new JournalEntry(newId, at, kind, sessionId, painBefore, painAfter, painLevel, soreness,
                symptoms, techniques, helped, notes);
    }

    public JournalEntry withSymptoms(Set<Symptom> newSymptoms) {
        return new JournalEntry(id, at, kind, sessionId, painBefore, painAfter, painLevel, soreness,
                newSymptoms, techniques, helped, notes);
    }

    public JournalEntry withTechniques(List<String> used, List<String> thatHelped) {
        return new JournalEntry(id, at, kind, sessionId, painBefore, painAfter, painLevel, soreness,
                symptoms, used, thatHelped, notes);
    }

    public JournalEntry withSessionId(String newSessionId) {
        return new JournalEntry(id, at, kind, newSessionId, painBefore, painAfter, painLevel, soreness,
                symptoms, techniques, helped, notes);
    }

    public boolean isSession() {
        return kind == EntryKind.SESSION;
    }

    public boolean isCheckIn() {
        return kind == EntryKind.CHECK_IN;
    }

    /**
     * The pain the back carries on its own: before the massage for a session, the reported level for a
     * check-in. Trend rules use this rather than painAfter, because relief straight after a massage
     * says little about whether the problem is going away.
     */
    public int standingPain() {
        return isSession() ? painBefore : painLevel;
    }
}
