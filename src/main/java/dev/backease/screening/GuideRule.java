package dev.backease.screening;

import java.util.Optional;
import java.util.function.Predicate;

/** A rule that reports one fixed finding whenever its trigger holds. */
record GuideRule(String id, String source, Predicate<Intake> trigger, Finding finding) implements SafetyRule {

    @Override
    public Optional<Finding> check(Intake intake) {
        return trigger.test(intake) ? Optional.of(finding) : Optional.empty();
    }

    @Override
    public String toString() {
        return id;
    }
}
