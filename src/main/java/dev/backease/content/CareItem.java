package dev.backease.content;

import java.util.Map;

/**
 * A preparation or aftercare point, a stop sign or a referral rule: plain text, the guide's figures
 * (keyed by unit: celsius, fahrenheit, minutes, hours, days, weeks, times_per_day) and where it comes from.
 */
public record CareItem(String id, String text, Map<String, Range> numbers, String source) {
    public CareItem {
        numbers = numbers == null ? Map.of() : Map.copyOf(numbers);
    }

    public Range number(String unit) {
        Range range = numbers.get(unit);
        if (range == null) {
            throw new IllegalArgumentException("care item '" + id + "' has no figure in " + unit);
        }
        return range;
    }
}
