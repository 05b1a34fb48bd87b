package dev.backease.session;

import java.util.Optional;

/** One of the guide's signs to stop a massage: it looks at a single event and may stop the session. */
public interface StopRule {
    /** A stable lower_snake_case id, reported as a reason's {@code rule}. */
    String id();

    /** The guide section heading the rule comes from. */
    String source();

    Optional<Stop> check(SessionEvent event);
}
