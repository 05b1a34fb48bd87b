package dev.backease.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.backease.session.SessionEvent;
import dev.backease.session.SessionState;
import java.util.List;

/**
 * Writes a live session as the contract's SessionState. Beyond the contract it adds, as optional
 * fields, {@code reasons} (the stop rule that fired), {@code eventCount} (how many events the session
 * accepted), {@code lastEvent} (the latest of them with its time, or null), {@code createdAt} and
 * {@code updatedAt}. The whole list of events is not part of it, so that an answer stays the same size
 * however long the session runs; it is read on its own ({@link #events}).
 */
public final class SessionJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SessionJson() {}

    public static ObjectNode sessionState(SessionState state) {
        return sessionState(state, DocumentWriter.plan(state.plan()));
    }

    /**
     * The same document, with the plan's part taken as text from {@code plans} (made once per plan)
     * and written as it is: for answers that are sent as bytes. Its "plan" is not a tree to walk.
     */
    public static ObjectNode sessionState(SessionState state, PlanTexts plans) {
        return sessionState(state, NODES.rawValueNode(new RawValue(plans.of(state.plan()))));
    }

    private static ObjectNode sessionState(SessionState state, JsonNode plan) {
        ObjectNode json = NODES.objectNode();
        json.put("id", state.id().value());
        json.put("state", state.status().id());
        json.put("stepIndex", state.stepIndex());
        json.set("step", state.step() == null ? NODES.nullNode() : DocumentWriter.step(state.step()));
        json.put("comfortMax", state.comfortMax());
        json.put("pressureTarget", state.pressureTarget());
        json.put("referral", state.referral().id());
        json.put("stopReason", state.stopReason());
        ArrayNode actions = json.putArray("actions");
        state.actions().forEach(actions::add);
        json.set("reasons", DocumentWriter.reasons(state.reasons()));
        json.set("plan", plan);
        json.put("eventCount", state.eventCount());
        json.set("lastEvent", state.lastEvent() == null ? NODES.nullNode() : event(state.lastEvent()));
        json.put("createdAt", state.createdAt().toString());
        json.put("updatedAt", state.updatedAt().toString());
        return json;
    }

    /** A session's events in order, as {@code {"events": [SessionEvent, ...]}}. */
    public static ObjectNode events(List<SessionEvent> events) {
        ObjectNode json = NODES.objectNode();
        ArrayNode list = json.putArray("events");
        events.forEach(event -> list.add(event(event)));
        return json;
    }

    /** One event in the contract's SessionEvent shape, with its time. */
    public static ObjectNode event(SessionEvent event) {
        ObjectNode json = NODES.objectNode();
        json.put("type", event.type());
        if (event instanceof SessionEvent.PressureReport report) {
            json.put("value", report.value());
        } else if (event instanceof SessionEvent.SymptomReported reported) {
            json.put("symptom", reported.symptom().id());
        } else if (event instanceof SessionEvent.SkinChangeSeen seen) {
            json.put("change", seen.change().id());
        }
        json.put("at", event.at() == null ? null : event.at().toString());
        return json;
    }
}
