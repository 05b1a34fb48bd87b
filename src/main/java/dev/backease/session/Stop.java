package dev.backease.session;

import dev.backease.screening.Reason;
import dev.backease.screening.Referral;
import java.util.List;

/**
 * Why and how a session stops.
 *
 * @param stopReason the lower_snake_case word the session reports as {@code stopReason}
 * @param referral how soon to see a professional because of this stop alone
 * @param actions what to do now, most important first
 * @param reason the rule that fired, with the guide section it comes from
 */
public record Stop(String stopReason, Referral referral, List<String> actions, Reason reason) {
    public Stop {
        actions = List.copyOf(actions);
    }
}
