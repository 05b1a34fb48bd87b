package dev.backease.journal;

import dev.backease.screening.Reason;
import dev.backease.screening.Referral;
import java.time.Instant;
import java.util.List;

/**
 * Follow-up advice from a journal as of a moment (the contract's Advice).
 *
 * @param actions what to do, in plain words, most important first
 * @param reasons why, one per rule that fired, most urgent first; empty exactly when referral is none
 */
public record Advice(Referral referral, Instant asOf, List<String> actions, List<Reason> reasons) {
    public Advice {
        actions = List.copyOf(actions);
        reasons = List.copyOf(reasons);
    }
}
