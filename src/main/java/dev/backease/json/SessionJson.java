package dev.backease.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backease.session.SessionEvent;
import dev.backease.session.SessionState;

/**
 * Writes a live session as the contract's SessionState. Beyond the contract it adds, as optional
 * fields, {@code reasons} (the stop rule that fired), {@code events} (every accepted event with its
 * time), {@code createdAt} and {@code updatedAt}.
 */
public final class SessionJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SessionJson() {}

    public static ObjectNode sessionState(SessionState state) {
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
        json.set("plan", DocumentWriter.plan(state.plan()));
        ArrayNode events = json.putArray("events");
        state.events().forEach(event -> events.add(event(event)));
        json.put("createdAt", state.createdAt().toString());
        json.put("updatedAt", state.updatedAt().toString());
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
