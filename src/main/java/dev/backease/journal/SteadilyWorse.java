package dev.backease.journal;

import dev.backease.screening.Reason;
import dev.backease.screening.Referral;
import java.util.List;

/**
 * Pain that steadily increases needs a clinician. "Steadily" means either the last four readings
 * each higher than the one before, or the last five never falling while climbing 3 points or more.
 * Rising pain may mean something massage cannot fix, so we say soon, not routine.
 */
public final class SteadilyWorse implements FollowUpRule {
    static final int RISES = 3;
    static final int TREND_WINDOW = 5;
    static final int TREND_CLIMB = 3;

    @Override
    public String id() {
        return "steadily_worse";
    }

    @Override
    public String source() {
        return "Identifying Persistent or Severe Pain";
    }

    @Override
    public List<Finding> check(History history) {
        List<Integer> pains = history.entries().stream().map(JournalEntry::standingPain).toList();
        if (!strictlyRising(last(pains, RISES + 1)) && !climbingWithoutDrop(last(pains, TREND_WINDOW))) {
            return List.of();
        }
        String message = "Your last pain readings keep rising (" + last(pains, TREND_WINDOW).toString()
                .replace("[", "").replace("]", "") + "); pain that steadily increases needs a clinician's evaluation.";
        return List.of(new Finding(Referral.SOON,
                "See a doctor within the next few days: your pain has been getting steadily worse.",
                new Reason(id(), message, source())));
    }

    private static List<Integer> last(List<Integer> values, int count) {
        return values.subList(Math.max(0, values.size() - count), values.size());
    }

    private static boolean strictlyRising(List<Integer> values) {
        if (values.size() < RISES + 1) {
            return false;
        }
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i) <= values.get(i - 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean climbingWithoutDrop(List<Integer> values) {
        if (values.size() < TREND_WINDOW) {
            return false;
        }
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i) < values.get(i - 1)) {
                return false;
            }
        }
        return values.get(values.size() - 1) - values.get(0) >= TREND_CLIMB;
    }
}
