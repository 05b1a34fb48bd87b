package dev.backease.journal;

import java.util.List;

/** One of the guide's follow-up rules, applied to a journal as of a moment. */
public interface FollowUpRule {
    /** The rule id that appears in {@code reasons[].rule}. */
    String id();

    /** The guide section heading the rule comes from. */
    String source();

    /** Nothing when the rule does not apply; otherwise one finding, or one per distinct urgency. */
    List<Finding> check(History history);
}
