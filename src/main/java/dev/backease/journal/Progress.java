package dev.backease.journal;

import java.util.List;

/**
 * How the journal is going, for charts and for "what works for you".
 *
 * @param pain every entry's pain over time, oldest first
 * @param sessionsPerWeek sessions per ISO week, oldest week first; weeks without a session are left out
 * @param streakDays days in a row, ending today or yesterday, with at least one session
 * @param whatWorks techniques ranked by average pain change when used, best first
 * @param helped techniques marked as helped, most often first
 * @param preference technique ids the planner may favour, best first
 */
public record Progress(
        List<PainPoint> pain,
        List<WeekCount> sessionsPerWeek,
        int streakDays,
        List<TechniqueResult> whatWorks,
        List<TechniqueCount> helped,
        PlanPreference preference) {

    public Progress {
        pain = List.copyOf(pain);
        sessionsPerWeek = List.copyOf(sessionsPerWeek);
        whatWorks = List.copyOf(whatWorks);
        helped = List.copyOf(helped);
    }

    /** One entry's pain: before and after for a session, level for a check-in (the others null). */
    public record PainPoint(java.time.Instant at, EntryKind kind, Integer painBefore, Integer painAfter,
            Integer painLevel) {}

    /** @param week ISO week like {@code 2026-W47} */
    public record WeekCount(String week, int sessions) {}

    /**
     * @param averageChange mean of painBefore - painAfter over the sessions that used the technique;
     *     positive means the pain went down
     */
    public record TechniqueResult(String technique, int sessions, double averageChange, int helpedCount) {}

    public record TechniqueCount(String technique, int count) {}
}
