package dev.backease.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backease.planning.CarePoint;
import dev.backease.planning.Plan;
import dev.backease.planning.PlanStep;
import dev.backease.planning.PlannedPosition;
import dev.backease.planning.PressureRange;
import dev.backease.screening.Reason;
import dev.backease.screening.ScreeningResult;
import java.util.List;

/**
 * Writes the contract's documents field by field, so that the wire shape (names, order, nulls) is
 * stated here in one place and cannot drift when a record gains a component.
 */
public final class DocumentWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DocumentWriter() {}

    public static ObjectNode screeningResult(ScreeningResult result) {
        ObjectNode json = NODES.objectNode();
        json.put("decision", result.decision().id());
        json.put("referral", result.referral().id());
        json.put("massageAllowed", result.massageAllowed());
        json.put("maxPressure", result.maxPressure());
        json.set("excludedTechniques", strings(result.excludedTechniques()));
        json.set("avoidAreas", strings(result.avoidAreas()));
        json.set("needsClearanceFrom", strings(result.needsClearanceFrom()));
        json.set("actions", strings(result.actions()));
        json.set("reasons", reasons(result.reasons()));
        return json;
    }

    public static ArrayNode reasons(List<Reason> reasons) {
        ArrayNode array = NODES.arrayNode();
        for (Reason reason : reasons) {
            array.addObject()
                    .put("rule", reason.rule())
                    .put("message", reason.message())
                    .put("source", reason.source());
        }
        return array;
    }

    public static ObjectNode plan(Plan plan) {
        ObjectNode json = NODES.objectNode();
        json.set("screening", screeningResult(plan.screening()));
        json.put("mode", plan.mode().id());
        json.set("position", position(plan.position()));
        json.set("preparation", carePoints(plan.preparation()));
        ArrayNode steps = json.putArray("steps");
        plan.steps().forEach(step -> steps.add(step(step)));
        json.put("totalSeconds", plan.totalSeconds());
        json.set("aftercare", carePoints(plan.aftercare()));
        return json;
    }

    public static ObjectNode step(PlanStep step) {
        ObjectNode json = NODES.objectNode();
        json.put("technique", step.technique());
        json.put("name", step.name());
        json.put("area", step.area());
        json.put("instructions", step.instructions());
        json.put("durationSeconds", step.durationSeconds());
        json.put("repetitions", step.repetitions());
        json.put("secondsPerRepetition", step.secondsPerRepetition());
        json.put("holdSeconds", step.holdSeconds());
        json.set("pressure", pressure(step.pressure()));
        json.set("cautions", strings(step.cautions()));
        json.put("source", step.source());
        return json;
    }

    private static ObjectNode position(PlannedPosition position) {
        if (position == null) {
            return null;
        }
        return NODES.objectNode().put("id", position.id()).put("instructions", position.instructions());
    }

    private static ObjectNode pressure(PressureRange pressure) {
        if (pressure == null) {
            return null;
        }
        return NODES.objectNode().put("min", pressure.min()).put("max", pressure.max());
    }

    private static ArrayNode carePoints(List<CarePoint> points) {
        ArrayNode array = NODES.arrayNode();
        points.forEach(point -> array.addObject().put("id", point.id()).put("text", point.text()));
        return array;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
