package dev.backease.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backease.content.Condition;
import dev.backease.content.Injury;
import dev.backease.content.Mode;
import dev.backease.content.PainCharacter;
import dev.backease.content.Symptom;
import dev.backease.content.Tool;
import dev.backease.content.Trend;
import dev.backease.screening.Giver;
import dev.backease.screening.Intake;
import dev.backease.screening.Pain;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads the contract's Intake strictly: every problem is reported with its field path, unknown fields
 * are refused, and anything not reported gets the safe "nothing reported" value.
 */
public final class IntakeReader {
    /** A hundred years: anything longer is a typing mistake. */
    public static final int MAX_DAYS = 36_500;

    private IntakeReader() {}

    public static Intake read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidInputException listing every problem found */
    public static Intake read(byte[] json) {
        return read(Json.parse(json));
    }

    public static Intake read(JsonNode document) {
        Problems problems = new Problems();
        Optional<StrictObject> root = StrictObject.root(document, problems);
        Intake intake = root.map(r -> intake(r, problems)).orElse(null);
        problems.throwIfAny();
        return intake;
    }

    private static Intake intake(StrictObject root, Problems problems) {
        Mode mode = root.requiredWord("mode", Mode.class, "mode");
        Pain pain = root.objectOrEmpty("pain").map(IntakeReader::pain).orElse(null);
        Injury injury = root.optionalWord("injury", Injury.class, "injury", Injury.NONE);
        var symptoms = root.words("symptoms", Symptom.class, "symptom");
        var conditions = root.words("conditions", Condition.class, "condition");
        var clearances = root.words("clearances", Condition.class, "condition");
        Giver giver = root.object("giver").map(IntakeReader::giver).orElse(Giver.NOTHING_REPORTED);
        boolean canLieFaceDown = root.optionalBoolean("canLieFaceDown", true);
        var tools = root.words("tools", Tool.class, "tool");
        int minutes = root.optionalInt("minutesAvailable", Intake.MIN_MINUTES, Intake.MAX_MINUTES,
                Intake.DEFAULT_MINUTES);
        int comfortMax = root.optionalInt("comfortMax", 0, 10, Intake.DEFAULT_COMFORT_MAX);
        root.rejectUnknownFields();
        if (!problems.isEmpty()) {
            return null;
        }
        return new Intake(mode, pain, injury, symptoms, conditions, clearances, giver, canLieFaceDown, tools,
                minutes, comfortMax);
    }

    private static Pain pain(StrictObject pain) {
        Integer intensity = pain.requiredInt("intensity", 0, 10);
        var character = pain.words("character", PainCharacter.class, "pain character");
        Integer durationDays = pain.requiredInt("durationDays", 0, MAX_DAYS);
        Trend trend = pain.optionalWord("trend", Trend.class, "trend", Trend.SAME);
        boolean suddenOnset = pain.optionalBoolean("suddenOnset", false);
        boolean wakesAtNight = pain.optionalBoolean("wakesAtNight", false);
        boolean limits = pain.optionalBoolean("limitsDailyActivities", false);
        boolean recurring = pain.optionalBoolean("recurring", false);
        Integer selfCareDays = pain.optionalInt("daysOfSelfCareWithoutImprovement", 0, MAX_DAYS);
        pain.rejectUnknownFields();
        if (intensity == null || durationDays == null) {
            return null;
        }
        return new Pain(intensity, character, durationDays, trend, suddenOnset, wakesAtNight, limits, recurring,
                selfCareDays);
    }

    private static Giver giver(StrictObject giver) {
        boolean pregnant = giver.optionalBoolean("pregnant", false);
        giver.rejectUnknownFields();
        return new Giver(pregnant);
    }
}
