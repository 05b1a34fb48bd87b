package dev.backease.web.pages;

import dev.backease.content.Condition;
import dev.backease.content.Injury;
import dev.backease.content.Mode;
import dev.backease.content.PainCharacter;
import dev.backease.content.Symptom;
import dev.backease.content.Tool;
import dev.backease.content.Trend;
import dev.backease.content.WireId;
import dev.backease.screening.Giver;
import dev.backease.screening.Intake;
import dev.backease.screening.Pain;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps the screening form's fields to an Intake, and an Intake back to hidden fields so that the
 * result, plan and player pages can carry the same answers forward without storing them anywhere.
 * Every red-flag question must be answered yes or no: a missing answer is an error, never "no".
 */
public final class IntakeForm {
    /** Red-flag questions, most urgent first: the form asks them in this order. */
    public static final List<Symptom> RED_FLAGS = List.of(
            Symptom.BLADDER_OR_BOWEL_CHANGE, Symptom.SADDLE_NUMBNESS, Symptom.LEG_WEAKNESS, Symptom.CHEST_PAIN,
            Symptom.SHORTNESS_OF_BREATH, Symptom.FEVER, Symptom.LEG_NUMBNESS, Symptom.LEG_TINGLING,
            Symptom.PAIN_DOWN_LEG, Symptom.DIZZINESS, Symptom.UNEXPLAINED_WEIGHT_LOSS);

    /** Answers that need emergency care at once: the page says so before anything else. */
    public static final Set<Symptom> EMERGENCY_FLAGS = EnumSet.of(
            Symptom.BLADDER_OR_BOWEL_CHANGE, Symptom.SADDLE_NUMBNESS, Symptom.LEG_WEAKNESS, Symptom.CHEST_PAIN,
            Symptom.SHORTNESS_OF_BREATH);

    /** Conditions a clinician may approve massage for (the guide's "doctor's clearance" list). */
    public static final List<Condition> CLEARABLE = List.of(
            Condition.OSTEOPOROSIS, Condition.RHEUMATOID_ARTHRITIS, Condition.SPINAL_CANCER, Condition.PREGNANCY,
            Condition.HEART_CONDITION);

    /** One form field, for hidden inputs. */
    public record Field(String name, String value) {}

    /** The outcome of reading a form: an intake, or the problems by field name. */
    public record Parsed(Intake intake, Map<String, String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final Map<String, List<String>> params;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private IntakeForm(Map<String, List<String>> params) {
        this.params = params;
    }

    public static String flagField(Symptom symptom) {
        return "flag_" + symptom.id();
    }

    public static Parsed parse(Map<String, List<String>> params) {
        return new IntakeForm(params).read();
    }

    private Parsed read() {
        Set<Symptom> symptoms = redFlags();
        Mode mode = choice("mode", Mode.class, null);
        int intensity = number("intensity", 0, 10, null);
        int days = number("durationDays", 0, 36_500, null);
        Trend trend = choice("trend", Trend.class, Trend.SAME);
        Injury injury = choice("injury", Injury.class, Injury.NONE);
        Integer selfCare = optionalNumber("daysOfSelfCareWithoutImprovement", 0, 36_500);
        Pain pain = new Pain(intensity, all("character", PainCharacter.class), days, trend, checked("suddenOnset"),
                checked("wakesAtNight"), checked("limitsDailyActivities"), checked("recurring"), selfCare);
        Boolean faceDown = yesNo("canLieFaceDown", true);
        int minutes = number("minutesAvailable", Intake.MIN_MINUTES, Intake.MAX_MINUTES, Intake.DEFAULT_MINUTES);
        int comfort = number("comfortMax", 0, 10, Intake.DEFAULT_COMFORT_MAX);
        if (!errors.isEmpty()) {
            return new Parsed(null, Map.copyOf(errors));
        }
        Intake intake = new Intake(mode, pain, injury, symptoms, all("conditions", Condition.class),
                all("clearances", Condition.class), new Giver(checked("giverPregnant")), faceDown,
                all("tools", Tool.class), minutes, comfort);
        return new Parsed(intake, Map.of());
    }

    private Set<Symptom> redFlags() {
        Set<Symptom> present = EnumSet.noneOf(Symptom.class);
        for (Symptom flag : RED_FLAGS) {
            Boolean answer = yesNo(flagField(flag), null);
            if (Boolean.TRUE.equals(answer)) {
                present.add(flag);
            }
        }
        return present;
    }

    private String first(String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return null;
        }
        return values.get(0).trim();
    }

    private boolean checked(String name) {
        return first(name) != null;
    }

    private Boolean yesNo(String name, Boolean fallback) {
        String value = first(name);
        if (value == null && fallback != null) {
            return fallback;
        }
        if ("yes".equals(value)) {
            return true;
        }
        if ("no".equals(value)) {
            return false;
        }
        errors.put(name, "Please answer yes or no.");
        return false;
    }

    private <E extends Enum<E> & WireId> E choice(String name, Class<E> type, E fallback) {
        String value = first(name);
        if (value == null && fallback != null) {
            return fallback;
        }
        return WireId.parse(type, value).orElseGet(() -> {
            errors.put(name, value == null ? "Please choose one." : "Please choose one of the options shown.");
            return fallback;
        });
    }

    private <E extends Enum<E> & WireId> Set<E> all(String name, Class<E> type) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (String value : params.getOrDefault(name, List.of())) {
            WireId.parse(type, value).ifPresentOrElse(chosen::add,
                    () -> errors.put(name, "\"" + value + "\" is not one of the options shown."));
        }
        return chosen;
    }

    private int number(String name, int min, int max, Integer fallback) {
        String value = first(name);
        if (value == null) {
            if (fallback == null) {
                errors.put(name, "Please enter a number from " + min + " to " + max + ".");
                return min;
            }
            return fallback;
        }
        Integer parsed = optionalNumber(name, min, max);
        return parsed == null ? min : parsed;
    }

    private Integer optionalNumber(String name, int min, int max) {
        String value = first(name);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the same message as an out-of-range number
        }
        errors.put(name, "Please enter a whole number from " + min + " to " + max + ".");
        return null;
    }

    /** The intake as hidden fields that {@link #parse} reads back to the same intake. */
    public static List<Field> fields(Intake intake) {
        List<Field> fields = new ArrayList<>();
        for (Symptom flag : RED_FLAGS) {
            fields.add(new Field(flagField(flag), intake.has(flag) ? "yes" : "no"));
        }
        Pain pain = intake.pain();
        fields.add(new Field("mode", intake.mode().id()));
        fields.add(new Field("intensity", Integer.toString(pain.intensity())));
        fields.add(new Field("durationDays", Integer.toString(pain.durationDays())));
        fields.add(new Field("trend", pain.trend().id()));
        fields.add(new Field("injury", intake.injury().id()));
        pain.character().forEach(c -> fields.add(new Field("character", c.id())));
        addIf(fields, "suddenOnset", pain.suddenOnset());
        addIf(fields, "wakesAtNight", pain.wakesAtNight());
        addIf(fields, "limitsDailyActivities", pain.limitsDailyActivities());
        addIf(fields, "recurring", pain.recurring());
        if (pain.daysOfSelfCareWithoutImprovement() != null) {
            fields.add(new Field("daysOfSelfCareWithoutImprovement",
                    pain.daysOfSelfCareWithoutImprovement().toString()));
        }
        intake.conditions().forEach(c -> fields.add(new Field("conditions", c.id())));
        intake.clearances().forEach(c -> fields.add(new Field("clearances", c.id())));
        addIf(fields, "giverPregnant", intake.giver().pregnant());
        fields.add(new Field("canLieFaceDown", intake.canLieFaceDown() ? "yes" : "no"));
        intake.tools().forEach(t -> fields.add(new Field("tools", t.id())));
        fields.add(new Field("minutesAvailable", Integer.toString(intake.minutesAvailable())));
        fields.add(new Field("comfortMax", Integer.toString(intake.comfortMax())));
        return fields;
    }

    private static void addIf(List<Field> fields, String name, boolean on) {
        if (on) {
            fields.add(new Field(name, "on"));
        }
    }
}
