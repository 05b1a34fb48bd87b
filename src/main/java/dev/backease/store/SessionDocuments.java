package dev.backease.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backease.json.Json;
import dev.backease.session.SessionEvent;
import dev.backease.session.SessionState;
import java.io.UncheckedIOException;

/**
 * A live session as the one JSON document that is stored: every field of the snapshot (plan, event
 * count and last event with its time, the step's ceiling, version), so that reading it back gives
 * exactly the session that was saved. The document holds no event list, so its size does not grow
 * with the session's length; the events are rows of {@code session_events}. Enums travel as their
 * contract words, as they do on the wire, so an account export reads the same way as the API.
 *
 * <p>The plan, which never changes once a session has started, is kept apart in
 * {@code session_plans} (written once), so that each event rewrites a small document instead of one ten
 * times its size; reading puts it back in place. Documents written before that keep their plan inside.
 *
 * <p>Documents written before the event count existed hold an {@code events} array instead; they read
 * as the same session, with the count and the last event taken from that array (those events are
 * already in {@code session_events}), and are written in the new form at their next save.
 */
final class SessionDocuments {
    private static final ObjectMapper MAPPER = mapper();
    /** The snapshot without its plan, which is stored once, apart (table session_plans, migration V4). */
    private static final ObjectWriter WITHOUT_PLAN = MAPPER.copy().addMixIn(SessionState.class, WithoutPlan.class).writer();

    private SessionDocuments() {
    }

    /** The snapshot as kept in {@code live_sessions.state}: everything but the plan. */
    static String writeState(SessionState state) {
        try {
            return WITHOUT_PLAN.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plan as kept in {@code session_plans.plan}, written once when the session starts. */
    static String writePlan(SessionState state) {
        try {
            return MAPPER.writeValueAsString(state.plan());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The session from its stored state and its plan; a document saved before plans were kept apart
     * holds its plan itself and has none apart ({@code plan} is null).
     */
    static SessionState read(String state, String plan) {
        try {
            return MAPPER.treeToValue(whole(state, plan), SessionState.class);
        } catch (JsonProcessingException e) {
            // Stored by this program and never edited by hand; an unreadable one is a fault, not bad input.
            throw new IllegalStateException("a stored session cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** The whole document (state with its plan in place), as an account export gives it. */
    static String wholeDocument(String state, String plan) {
        if (plan == null) {
            return state;
        }
        try {
            return MAPPER.writeValueAsString(whole(state, plan));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored session cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private static JsonNode whole(String state, String plan) throws JsonProcessingException {
        JsonNode document = withEventCount(MAPPER.readTree(state));
        if (plan != null && document instanceof ObjectNode object) {
            object.set("plan", MAPPER.readTree(plan));
        }
        return document;
    }

    /** An older document's {@code events} array becomes its count and its last event. */
    private static JsonNode withEventCount(JsonNode document) {
        JsonNode events = document.get("events");
        if (!(document instanceof ObjectNode upgraded) || events == null || !events.isArray()) {
            return document;
        }
        upgraded.remove("events");
        upgraded.put("eventCount", events.size());
        upgraded.set("lastEvent", events.isEmpty() ? upgraded.nullNode() : events.get(events.size() - 1));
        return upgraded;
    }

    /**
     * Records are read and written by their components only: helpers such as {@code isLastStep()} are
     * not data and must not become fields.
     */
    private static ObjectMapper mapper() {
        return ((JsonMapper) Json.mapper()).rebuild()
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .visibility(PropertyAccessor.ALL, Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, Visibility.ANY)
                .visibility(PropertyAccessor.CREATOR, Visibility.ANY)
                .addMixIn(SessionEvent.class, EventTypes.class)
                .build();
    }

    @JsonIgnoreProperties({"plan"})
    private interface WithoutPlan {
    }

    /** Each stored event names its contract type, as the API's SessionEvent does. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = SessionEvent.Start.class, name = "start"),
        @JsonSubTypes.Type(value = SessionEvent.Pause.class, name = "pause"),
        @JsonSubTypes.Type(value = SessionEvent.Resume.class, name = "resume"),
        @JsonSubTypes.Type(value = SessionEvent.NextStep.class, name = "next_step"),
        @JsonSubTypes.Type(value = SessionEvent.Finish.class, name = "finish"),
        @JsonSubTypes.Type(value = SessionEvent.PressureReport.class, name = "pressure_report"),
        @JsonSubTypes.Type(value = SessionEvent.Guarding.class, name = "guarding"),
        @JsonSubTypes.Type(value = SessionEvent.SymptomReported.class, name = "symptom"),
        @JsonSubTypes.Type(value = SessionEvent.StopSignal.class, name = "stop_signal"),
        @JsonSubTypes.Type(value = SessionEvent.SkinChangeSeen.class, name = "skin_change")
    })
    private interface EventTypes {
    }
}
