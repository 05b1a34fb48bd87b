package dev.backease.web.pages;

import dev.backease.content.Symptom;
import dev.backease.content.WireId;
import dev.backease.journal.EntryKind;
import dev.backease.journal.EntryProblem;
import dev.backease.journal.JournalEntry;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The journal page's two forms (a check-in and a session) read into a {@link JournalEntry}. Problems
 * are keyed by the form's field names, so each one is shown next to its own field.
 */
public final class JournalForm {
    public static final String CHECK_IN = "check_in";
    public static final String SESSION = "session";

    private JournalForm() {}

    /** Either an entry ready for the journal's own validation, or the problems found in the form. */
    public record Parsed(JournalEntry entry, Map<String, String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public static Parsed checkIn(Map<String, List<String>> form, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer pain = pain(form, "painLevel", "your pain now", errors);
        Boolean soreness = yesNo(first(form, "soreness"));
        if (soreness == null) {
            errors.put("soreness", "Answer yes or no: is soreness from the last massage still there?");
        }
        Set<Symptom> symptoms = symptoms(form.getOrDefault("symptoms", List.of()), errors);
        JournalEntry entry = new JournalEntry(null, now, EntryKind.CHECK_IN, null, null, null, pain,
                Boolean.TRUE.equals(soreness), symptoms, List.of(), List.of(), first(form, "notes"));
        return new Parsed(entry, errors);
    }

    public static Parsed session(Map<String, List<String>> form, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer before = pain(form, "painBefore", "your pain before the massage", errors);
        Integer after = pain(form, "painAfter", "your pain after the massage", errors);
        List<String> techniques = form.getOrDefault("techniques", List.of()).stream().distinct().toList();
        List<String> helped = form.getOrDefault("helped", List.of()).stream().distinct().toList();
        JournalEntry entry = new JournalEntry(null, now, EntryKind.SESSION, null, before, after, null, false,
                Set.of(), techniques, helped, first(form, "notes"));
        return new Parsed(entry, errors);
    }

    /** The journal's own problems (contract field paths such as {@code helped[1]}) as form fields. */
    public static Map<String, String> fieldErrors(List<EntryProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (EntryProblem problem : problems) {
            String field = problem.field().replaceFirst("\\[\\d+]$", "");
            String message = switch (field) {
                case "helped" -> "Tick only techniques you also ticked as used.";
                case "techniques" -> "Choose techniques from the list.";
                case "notes" -> "Keep notes to at most 2000 characters.";
                default -> capitalised(field + " " + problem.problem()) + ".";
            };
            errors.putIfAbsent(field, message);
        }
        return errors;
    }

    private static Integer pain(Map<String, List<String>> form, String field, String what, Map<String, String> errors) {
        String value = first(form, field).strip();
        try {
            int pain = Integer.parseInt(value);
            if (pain >= 0 && pain <= 10) {
                return pain;
            }
        } catch (NumberFormatException e) {
            // reported below, like any other value outside the scale
        }
        errors.put(field, value.isEmpty() ? "Give " + what + ", from 0 (none) to 10 (worst)."
                : "Give " + what + " as a whole number from 0 to 10.");
        return null;
    }

    private static Set<Symptom> symptoms(List<String> words, Map<String, String> errors) {
        Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
        for (String word : words) {
            WireId.parse(Symptom.class, word).ifPresentOrElse(symptoms::add,
                    () -> errors.put("symptoms", "Choose symptoms from the list."));
        }
        return symptoms;
    }

    private static Boolean yesNo(String value) {
        return switch (value) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    static String first(Map<String, List<String>> form, String field) {
        List<String> values = form.get(field);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
