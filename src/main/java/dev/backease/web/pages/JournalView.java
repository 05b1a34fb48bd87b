package dev.backease.web.pages;

import dev.backease.content.Symptom;
import dev.backease.journal.JournalEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The journal page: advice first, then the check-in and session forms, then the entries newest first.
 *
 * @param saved which kind of entry was just saved ("check_in", "session") or "" for none
 * @param form which form {@code values} and {@code errors} belong to, or "" when no form came back
 * @param values what was typed into that form, so nothing is lost when it comes back with problems
 */
public record JournalView(Chrome chrome, JournalAdviceView advice, boolean checkInDue, String saved, String form,
        Map<String, List<String>> values, Map<String, String> errors, List<EntryRow> entries,
        List<Option> symptoms, List<Option> techniques) {

    /** The contract's technique ids, in the guide's order: partner work, self-massage, stretches, heat. */
    public static final List<String> TECHNIQUES = List.of("effleurage", "petrissage", "cross_fiber_friction",
            "trigger_point_release", "finishing_effleurage", "circular_warmup", "palm_strokes",
            "thumb_knuckle_pressure", "fist_compressions", "ball_release", "foam_roller", "massage_stick",
            "massage_gun", "pelvic_tilt", "knee_to_chest", "supine_trunk_rotation", "standing_hamstring_stretch",
            "heat");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm");

    /** A checkbox: the wire id it sends and the words it shows. */
    public record Option(String id, String label) {}

    /** One journal entry as a row of the list. */
    public record EntryRow(String id, String when, String kind, String pain, List<String> details, String notes) {}

    /** Advice that calls for a professional, or the answer to a check-in just sent, comes before the forms. */
    public boolean showAdviceFirst() {
        return !advice.none() || JournalForm.CHECK_IN.equals(saved);
    }

    public String value(String inForm, String field) {
        if (!form.equals(inForm)) {
            return "";
        }
        List<String> typed = values.get(field);
        return typed == null || typed.isEmpty() ? "" : typed.get(0);
    }

    public boolean checked(String inForm, String field, String option) {
        return form.equals(inForm) && values.getOrDefault(field, List.of()).contains(option);
    }

    public String error(String inForm, String field) {
        return form.equals(inForm) ? errors.getOrDefault(field, "") : "";
    }

    public boolean hasError(String inForm, String field) {
        return !error(inForm, field).isEmpty();
    }

    public boolean hasErrors(String inForm) {
        return form.equals(inForm) && !errors.isEmpty();
    }

    public static List<Option> symptomOptions() {
        return Arrays.stream(Symptom.values()).map(s -> new Option(s.id(), Words.question(s))).toList();
    }

    public static List<Option> techniqueOptions(Function<String, String> names) {
        return TECHNIQUES.stream().map(id -> new Option(id, names.apply(id))).toList();
    }

    /** A technique's name from the guide, or its id in words for one the guide does not describe. */
    public static Function<String, String> names(TechniqueLibrary library) {
        Map<String, String> known = library.all().stream()
                .collect(Collectors.toMap(TechniqueCard::id, TechniqueCard::name, (a, b) -> a));
        return id -> known.getOrDefault(id, humanised(id));
    }

    static String humanised(String id) {
        String words = id.replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static List<EntryRow> rows(List<JournalEntry> entries, ZoneId zone, Function<String, String> names) {
        return entries.stream()
                .sorted(Comparator.comparing(JournalEntry::at).reversed())
                .map(e -> row(e, zone, names))
                .toList();
    }

    private static EntryRow row(JournalEntry e, ZoneId zone, Function<String, String> names) {
        String when = WHEN.format(e.at().atZone(zone)) + (zone.normalized().getId().equals("Z") ? " UTC" : "");
        if (e.isSession()) {
            List<String> details = new ArrayList<>();
            if (!e.techniques().isEmpty()) {
                details.add("Used: " + e.techniques().stream().map(names).collect(Collectors.joining(", ")));
            }
            if (!e.helped().isEmpty()) {
                details.add("Helped: " + e.helped().stream().map(names).collect(Collectors.joining(", ")));
            }
            return new EntryRow(e.id(), when, "Session",
                    "Pain " + e.painBefore() + " before, " + e.painAfter() + " after", details, e.notes());
        }
        List<String> details = new ArrayList<>();
        details.add(e.soreness() ? "Still sore from the last massage" : "No soreness from the last massage");
        if (!e.symptoms().isEmpty()) {
            details.add("Symptoms: " + e.symptoms().stream().sorted()
                    .map(s -> humanised(s.id())).collect(Collectors.joining(", ")));
        }
        return new EntryRow(e.id(), when, "Check-in", "Pain " + e.painLevel() + " out of 10", details, e.notes());
    }
}
