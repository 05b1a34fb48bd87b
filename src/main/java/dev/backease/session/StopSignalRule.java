package dev.backease.session;

import dev.backease.screening.Reason;
import dev.backease.screening.Referral;
import java.util.List;
import java.util.Optional;

/** The agreed safe word or hand signal stops everything at once, no questions first. */
final class StopSignalRule implements StopRule {
    static final String ID = "stop_signal";
    static final String SOURCE = "Initial Assessment and Communication";

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
        if (!(event instanceof SessionEvent.StopSignal)) {
            return Optional.empty();
        }
        return Optional.of(new Stop("stop_signal", Referral.NONE,
                List.of("Stop immediately and take your hands away.",
                        "Ask how they feel; do not carry on unless they clearly want a new session."),
                new Reason(ID, "The receiver gave the agreed stop word or hand signal.", SOURCE)));
    }
}
