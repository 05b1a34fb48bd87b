package dev.backease.web.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backease.content.WireId;
import dev.backease.planning.CarePoint;
import dev.backease.planning.Plan;
import dev.backease.planning.PlanStep;
import dev.backease.screening.Intake;
import dev.backease.screening.Reason;
import dev.backease.screening.ScreeningResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan and intake in the contract's JSON shape, embedded in the player page as data
 * (a script element of type application/json) so that the player can start an API session or
 * run a local practice session. Kept here so pages do not depend on the API's codecs; the
 * shapes are the contract's, so either can read the other's output.
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

    static Map<String, Object> plan(Plan plan) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("screening", screening(plan.screening()));
        json.put("mode", plan.mode().id());
        json.put("position", plan.position() == null ? null
                : Map.of("id", plan.position().id(), "instructions", plan.position().instructions()));
        json.put("preparation", care(plan.preparation()));
        json.put("steps", plan.steps().stream().map(PlanJson::step).toList());
        json.put("totalSeconds", plan.totalSeconds());
        json.put("aftercare", care(plan.aftercare()));
        return json;
    }

    private static Map<String, Object> screening(ScreeningResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("decision", result.decision().id());
        json.put("referral", result.referral().id());
        json.put("massageAllowed", result.massageAllowed());
        json.put("maxPressure", result.maxPressure());
        json.put("excludedTechniques", result.excludedTechniques());
        json.put("avoidAreas", result.avoidAreas());
        json.put("needsClearanceFrom", result.needsClearanceFrom());
        json.put("actions", result.actions());
        json.put("reasons", result.reasons().stream().map(PlanJson::reason).toList());
        return json;
    }

    private static Map<String, Object> reason(Reason reason) {
        return Map.of("rule", reason.rule(), "message", reason.message(), "source", reason.source());
    }

    private static Map<String, Object> step(PlanStep step) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("technique", step.technique());
        json.put("name", step.name());
        json.put("area", step.area());
        json.put("instructions", step.instructions());
        json.put("durationSeconds", step.durationSeconds());
        json.put("repetitions", step.repetitions());
        json.put("secondsPerRepetition", step.secondsPerRepetition());
        json.put("holdSeconds", step.holdSeconds());
        json.put("pressure", Map.of("min", step.pressure().min(), "max", step.pressure().max()));
        json.put("cautions", step.cautions());
        json.put("source", step.source());
        return json;
    }

    private static List<Map<String, Object>> care(List<CarePoint> points) {
        return points.stream().map(p -> Map.<String, Object>of("id", p.id(), "text", p.text())).toList();
    }

    private static List<String> ids(Set<? extends WireId> values) {
        return values.stream().map(WireId::id).sorted().toList();
    }
}
