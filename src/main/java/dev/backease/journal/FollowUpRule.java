package dev.backease.journal;

import java.util.List;

/** One of the guide's follow-up rules, applied to a journal as of a moment. */
public interface FollowUpRule {
    /** The rule id that appears in {@code reasons[].rule}. */
    String id();

    /** The guide section heading the rule comes from. */
    String source();

    /**
     * Nothing when the rule does not apply; otherwise one finding, or one per distinct urgency. The answer
     * must depend on the history alone (no clock, no state of its own): advice from a kept journal is
     * reused while the history is the same (see {@link FollowUp#advise(java.time.Instant, Journal)}).
     */
    List<Finding> check(History history);
}
