package dev.backease.session;

import dev.backease.account.AccountId;
import dev.backease.content.Mode;
import dev.backease.planning.CarePoint;
import dev.backease.planning.Plan;
import dev.backease.planning.PlanStep;
import dev.backease.planning.PlannedPosition;
import dev.backease.planning.PressureRange;
import dev.backease.screening.Decision;
import dev.backease.screening.Reason;
import dev.backease.screening.Referral;
import dev.backease.screening.ScreeningResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Hand-built plans and sessions, so that session tests do not depend on the planner. */
public final class SessionFixture {
    public static final Instant T0 = Instant.parse("2026-11-20T18:00:00Z");
    public static final AccountId ALICE = new AccountId("alice");
    public static final AccountId BOB = new AccountId("bob");
    public static final SessionId ID = new SessionId("session-1");

    private SessionFixture() {}

    public static PlanStep step(String technique, String name, int min, int max) {
        return new PlanStep(technique, name, "lower back", "Work slowly, off the spine.", 60, 6, 8, null,
                new PressureRange(min, max), List.of("Stay off the spine."), "Sequence of Movements");
    }

    /** Warm-up 2-3, kneading 3-6, finishing 1-2: the usual shape of a partner plan. */
    public static List<PlanStep> threeSteps() {
        return List.of(step("effleurage", "Warm-up strokes", 2, 3), step("petrissage", "Kneading", 3, 6),
                step("finishing_effleurage", "Finishing strokes", 1, 2));
    }

    public static ScreeningResult screening(Decision decision, Referral referral, int maxPressure) {
        List<Reason> reasons = decision == Decision.PROCEED && referral == Referral.NONE ? List.of()
                : List.of(new Reason("fixture_rule", "Fixture reason.", "Contraindications to Consider"));
        List<String> actions = decision.allowsMassage() ? List.of("Go gently.")
                : List.of("Ask a doctor before any massage.");
        return new ScreeningResult(decision, referral, maxPressure, List.of(), List.of("spine"), List.of(),
                actions, reasons);
    }

    public static Plan plan(ScreeningResult screening, List<PlanStep> steps) {
        return new Plan(screening, Mode.PARTNER, new PlannedPosition("prone_pillow_under_hips", "Lie face down."),
                List.of(new CarePoint("room_temperature", "Keep the room warm.")), steps,
                List.of(new CarePoint("stretch", "Stretch gently afterwards.")));
    }

    public static Plan plan() {
        return plan(screening(Decision.PROCEED, Referral.NONE, 6), threeSteps());
    }

    public static Plan planWithReferral(Referral referral) {
        return plan(screening(Decision.PROCEED_WITH_CARE, referral, 6), threeSteps());
    }

    public static LiveSession engine() {
        return new LiveSession(Clock.fixed(T0, ZoneOffset.UTC));
    }

    public static LiveSession engine(Clock clock) {
        return new LiveSession(clock);
    }

    public static SessionState ready(Plan plan, int comfortMax) {
        return applied(engine().open(ID, ALICE, plan, comfortMax));
    }

    public static SessionState ready() {
        return ready(plan(), 6);
    }

    public static SessionState running() {
        return apply(ready(), new SessionEvent.Start(null));
    }

    public static SessionState apply(SessionState state, SessionEvent... events) {
        SessionState now = state;
        for (SessionEvent event : events) {
            now = applied(engine().apply(now, event));
        }
        return now;
    }

    public static SessionState applied(Outcome outcome) {
        if (outcome instanceof Outcome.Applied applied) {
            return applied.state();
        }
        throw new AssertionError("expected the event to be applied but it was " + outcome);
    }

    public static SessionEvent.PressureReport felt(int value) {
        return new SessionEvent.PressureReport(value, null);
    }
}
