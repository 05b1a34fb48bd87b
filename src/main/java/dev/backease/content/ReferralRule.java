package dev.backease.content;

import java.util.List;
import java.util.Map;

/**
 * When the guide says to hand over to a professional.
 *
 * @param urgency routine, soon, urgent or emergency (the contract's referral words)
 */
public record ReferralRule(String id, String text, String urgency, Map<String, Range> numbers, String source) {
    public static final List<String> URGENCIES = List.of("routine", "soon", "urgent", "emergency");

    public ReferralRule {
        numbers = numbers == null ? Map.of() : Map.copyOf(numbers);
    }
}
