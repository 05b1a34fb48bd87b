package dev.backease.web.pages;

import dev.backease.content.Condition;
import dev.backease.content.Tool;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The screening form, with what the person already entered and any problems by field name,
 * so a re-shown form keeps their answers and points at what is missing.
 */
public record ScreeningView(Chrome chrome, String emergencyNumber, Map<String, List<String>> values,
        Map<String, String> errors) {

    /** One yes/no question: the form field, the question, and whether "yes" means call for help now. */
    public record Question(String field, String text, boolean emergency) {}

    /** One checkbox option. */
    public record Option(String value, String label) {}

    public List<Question> redFlags() {
        return IntakeForm.RED_FLAGS.stream().map(flag -> new Question(IntakeForm.flagField(flag), Words.question(flag),
                IntakeForm.EMERGENCY_FLAGS.contains(flag))).toList();
    }

    public List<Option> conditions() {
        return Arrays.stream(Condition.values()).map(c -> new Option(c.id(), Words.condition(c))).toList();
    }

    public List<Option> clearable() {
        return IntakeForm.CLEARABLE.stream().map(c -> new Option(c.id(), Words.condition(c))).toList();
    }

    public List<Option> tools() {
        return Arrays.stream(Tool.values()).map(t -> new Option(t.id(), Words.tool(t))).toList();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    /** The id of the field's error message, or null (no attribute) when it has none. */
    public String describedBy(String field) {
        return errors.containsKey(field) ? field + "-error" : null;
    }

    public boolean has(String field, String value) {
        return values.getOrDefault(field, List.of()).contains(value);
    }

    public String value(String field, String fallback) {
        List<String> entered = values.getOrDefault(field, List.of());
        return entered.isEmpty() ? fallback : entered.get(0);
    }

}
