package dev.backease.web.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backease.content.WireId;
import dev.backease.json.DocumentWriter;
import dev.backease.planning.Plan;
import dev.backease.screening.Intake;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan and intake in the contract's JSON shape, embedded in the player page as data
 * (a script element of type application/json) so that the player can start an API session or
 * run a local practice session. The plan is the API's own document; the intake, which the API only
 * reads, is written here in the contract's shape.
 */
final class PlanJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PlanJson() {}

    /** JSON safe to place inside a script element: "<" is escaped so the text can never close it. */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value).replace("<", "\\u003c");
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("maps of plain values always serialise", impossible);
        }
    }

    static Map<String, Object> intake(Intake intake) {
        Map<String, Object> pain = new LinkedHashMap<>();
        pain.put("intensity", intake.pain().intensity());
        pain.put("character", ids(intake.pain().character()));
        pain.put("durationDays", intake.pain().durationDays());
        pain.put("trend", intake.pain().trend().id());
        pain.put("suddenOnset", intake.pain().suddenOnset());
        pain.put("wakesAtNight", intake.pain().wakesAtNight());
        pain.put("limitsDailyActivities", intake.pain().limitsDailyActivities());
        pain.put("recurring", intake.pain().recurring());
        pain.put("daysOfSelfCareWithoutImprovement", intake.pain().daysOfSelfCareWithoutImprovement());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mode", intake.mode().id());
        json.put("pain", pain);
        json.put("injury", intake.injury().id());
        json.put("symptoms", ids(intake.symptoms()));
        json.put("conditions", ids(intake.conditions()));
        json.put("clearances", ids(intake.clearances()));
        json.put("giver", Map.of("pregnant", intake.giver().pregnant()));
        json.put("canLieFaceDown", intake.canLieFaceDown());
        json.put("tools", ids(intake.tools()));
        json.put("minutesAvailable", intake.minutesAvailable());
        json.put("comfortMax", intake.comfortMax());
        return json;
    }

    /** The contract's Plan, written by the same code as the API's answers. */
    static Object plan(Plan plan) {
        return DocumentWriter.plan(plan);
    }

    private static List<String> ids(Set<? extends WireId> values) {
        return values.stream().map(WireId::id).sorted().toList();
    }
}
