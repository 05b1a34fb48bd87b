package dev.backease.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes the contract's documents field by field, so that the wire shape (names, order, nulls) is
 * stated here in one place and cannot drift when a record gains a component.
 */
public final class DocumentWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DocumentWriter() {}

    private static final SerializedString DECISION = new SerializedString("decision");
    private static final SerializedString REFERRAL = new SerializedString("referral");
    private static final SerializedString MASSAGE_ALLOWED = new SerializedString("massageAllowed");
    private static final SerializedString MAX_PRESSURE = new SerializedString("maxPressure");
    private static final SerializedString EXCLUDED_TECHNIQUES = new SerializedString("excludedTechniques");
    private static final SerializedString AVOID_AREAS = new SerializedString("avoidAreas");
    private static final SerializedString NEEDS_CLEARANCE_FROM = new SerializedString("needsClearanceFrom");
    private static final SerializedString ACTIONS = new SerializedString("actions");
    private static final SerializedString REASONS = new SerializedString("reasons");
    private static final SerializedString RULE = new SerializedString("rule");
    private static final SerializedString MESSAGE = new SerializedString("message");
    private static final SerializedString SOURCE = new SerializedString("source");

    /** The screening result as a JSON tree (for documents that embed it, and the CLI). */
    public static ObjectNode screeningResult(ScreeningResult result) {
        try {
            return (ObjectNode) Json.mapper().readTree(screeningResultBytes(result));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The screening result as the bytes of its JSON document, what POST /api/v1/screenings sends.
     * Written straight to the bytes, with the texts of the guide kept ready-escaped ({@link Texts}):
     * building a tree and then walking it was a quarter of a screening request's cost.
     */
    public static byte[] screeningResultBytes(ScreeningResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator json = Json.mapper().getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeFieldName(DECISION);
            json.writeString(Texts.escaped(result.decision().id()));
            json.writeFieldName(REFERRAL);
            json.writeString(Texts.escaped(result.referral().id()));
            json.writeFieldName(MASSAGE_ALLOWED);
            json.writeBoolean(result.massageAllowed());
            json.writeFieldName(MAX_PRESSURE);
            json.writeNumber(result.maxPressure());
            writeStrings(json, EXCLUDED_TECHNIQUES, result.excludedTechniques());
            writeStrings(json, AVOID_AREAS, result.avoidAreas());
            writeStrings(json, NEEDS_CLEARANCE_FROM, result.needsClearanceFrom());
            writeStrings(json, ACTIONS, result.actions());
            json.writeFieldName(REASONS);
            json.writeStartArray();
            for (Reason reason : result.reasons()) {
                json.writeStartObject();
                json.writeFieldName(RULE);
                json.writeString(Texts.escaped(reason.rule()));
                json.writeFieldName(MESSAGE);
                json.writeString(Texts.escaped(reason.message()));
                json.writeFieldName(SOURCE);
                json.writeString(Texts.escaped(reason.source()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeStrings(JsonGenerator json, SerializedString name, List<String> values)
            throws IOException {
        json.writeFieldName(name);
        json.writeStartArray();
        for (String value : values) {
            json.writeString(Texts.escaped(value));
        }
        json.writeEndArray();
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
