package dev.backease.screening;

import java.util.Optional;

/**
 * One safety rule of the guide. It looks at an intake and either stays silent or reports a
 * {@link Finding}. Rules never see each other: {@link Screening} combines what they find.
 */
public interface SafetyRule {
    /** Stable lower_snake_case id, shown in a result's reasons. */
    String id();

    /** The exact heading of the guide section the rule comes from. */
    String source();

    Optional<Finding> check(Intake intake);
}
