package dev.backease.screening;

import java.util.Comparator;

/** A rule together with what it found in one intake. */
record Fired(SafetyRule rule, Finding finding) {

    /** Most urgent referral first, then strictest decision; ties keep catalogue order. */
    static final Comparator<Fired> MOST_IMPORTANT_FIRST = Comparator
            .comparing((Fired fired) -> fired.finding().referral()).reversed()
            .thenComparing((Fired fired) -> fired.finding().decision(), Comparator.reverseOrder());

    Reason reason() {
        return new Reason(rule.id(), finding.message(), rule.source());
    }
}
