package dev.backease.session;

import dev.backease.screening.Reason;
import dev.backease.screening.Referral;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stops the session on a local sign: redness, swelling, bruising or another new skin change.
 * It is a local sign, not a reason to see someone now, so the referral stays none; the actions say
 * when that changes.
 */
final class SkinChangeStopRule implements StopRule {
    static final String ID = "local_skin_change";
    static final String SOURCE = "Signs to Stop the Massage";
    private static final String BRUISING_SOURCE = "Trigger Point Release";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public Optional<Stop> check(SessionEvent event) {
        if (!(event instanceof SessionEvent.SkinChangeSeen seen)) {
            return Optional.empty();
        }
        String message = "New " + describe(seen.change()) + " on the worked area is a local sign to stop.";
        return Optional.of(new Stop("skin_change_" + seen.change().id(), Referral.NONE, actions(seen.change()),
                new Reason(ID, message, SOURCE)));
    }

    private static List<String> actions(SkinChange change) {
        List<String> actions = new ArrayList<>(List.of(
                "Stop the massage and take your hands off the area.",
                "Put a cool pack wrapped in a cloth on the area for a few minutes.",
                "Watch the area over the next day.",
                "See a health professional if it gets worse, spreads or does not settle."));
        if (change == SkinChange.BRUISING) {
            // The guide warns that long direct work on one knot is what bruises.
            actions.add("Next time, limit direct work on any one knot (" + BRUISING_SOURCE + ").");
        }
        return actions;
    }

    private static String describe(SkinChange change) {
        return change == SkinChange.OTHER ? "skin change" : change.id();
    }
}
