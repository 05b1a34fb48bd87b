package dev.backease.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backease.content.Symptom;
import dev.backease.content.WireId;
import dev.backease.session.SessionEvent;
import dev.backease.session.SkinChange;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the contract's SessionEvent strictly: {@code type} is required; {@code value}, {@code symptom}
 * and {@code change} are required for their own type and refused for any other, so that a safety
 * report sent with the wrong type is never quietly dropped; {@code at} is an optional ISO-8601 instant;
 * any other field is unknown. Every problem is reported at once, by field.
 */
public final class SessionEventReader {
    private static final Map<EventType, String> DETAIL_FIELD = Map.of(
            EventType.PRESSURE_REPORT, "value", EventType.SYMPTOM, "symptom", EventType.SKIN_CHANGE, "change");
    private static final List<String> COMMON_FIELDS = List.of("type", "at");

    private SessionEventReader() {}

    /** The contract's event types. */
    enum EventType implements WireId {
        START, PAUSE, RESUME, NEXT_STEP, FINISH, PRESSURE_REPORT, GUARDING, SYMPTOM, STOP_SIGNAL, SKIN_CHANGE;

        @Override
        public String id() {
            return WireId.idOf(this);
        }
    }

    public static SessionEvent read(byte[] bytes) {
        return read(Json.parse(bytes));
    }

    public static SessionEvent read(String text) {
        return read(Json.parse(text));
    }

    /** @throws InvalidInputException naming every wrong field */
    public static SessionEvent read(JsonNode node) {
        Problems problems = new Problems();
        Optional<StrictObject> root = StrictObject.root(node, problems);
        if (root.isEmpty()) {
            problems.throwIfAny();
        }
        StrictObject fields = root.orElseThrow();
        EventType type = fields.requiredWord("type", EventType.class, "event type");
        Instant at = at(node.get("at"), problems);
        rejectFieldsNotFor(type, node, problems);
        SessionEvent event = type == null ? null : event(type, fields, at);
        problems.throwIfAny();
        return event;
    }

    private static SessionEvent event(EventType type, StrictObject fields, Instant at) {
        switch (type) {
            case START: return new SessionEvent.Start(at);
            case PAUSE: return new SessionEvent.Pause(at);
            case RESUME: return new SessionEvent.Resume(at);
            case NEXT_STEP: return new SessionEvent.NextStep(at);
            case FINISH: return new SessionEvent.Finish(at);
            case GUARDING: return new SessionEvent.Guarding(at);
            case STOP_SIGNAL: return new SessionEvent.StopSignal(at);
            case PRESSURE_REPORT: {
                Integer value = fields.requiredInt("value", 0, 10);
                return value == null ? null : new SessionEvent.PressureReport(value, at);
            }
            case SYMPTOM: {
                Symptom symptom = fields.requiredWord("symptom", Symptom.class, "symptom");
                return symptom == null ? null : new SessionEvent.SymptomReported(symptom, at);
            }
            case SKIN_CHANGE: {
                SkinChange change = fields.requiredWord("change", SkinChange.class, "skin change");
                return change == null ? null : new SessionEvent.SkinChangeSeen(change, at);
            }
            default: throw new IllegalStateException("unhandled event type " + type);
        }
    }

    /** A detail field of another type is refused by name; anything else outside the contract is unknown. */
    private static void rejectFieldsNotFor(EventType type, JsonNode node, Problems problems) {
        List<String> names = new ArrayList<>();
        Iterator<String> iterator = node.fieldNames();
        iterator.forEachRemaining(names::add);
        for (String name : names) {
            // type is null when it is missing or not a known word; Map.of refuses get(null) (a fuzz finding).
            if (COMMON_FIELDS.contains(name) || type != null && name.equals(DETAIL_FIELD.get(type))) {
                continue;
            }
            Optional<EventType> owner = DETAIL_FIELD.entrySet().stream()
                    .filter(entry -> entry.getValue().equals(name)).map(Map.Entry::getKey).findFirst();
            if (owner.isEmpty()) {
                problems.add(StrictObject.echo(name), "unknown field");
            } else if (type != null) {
                problems.add(name, "is only allowed when type is " + owner.get().id());
            }
        }
    }

    private static Instant at(JsonNode value, Problems problems) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            Optional<Instant> parsed = instant(value.textValue());
            if (parsed.isPresent()) {
                return parsed.get();
            }
        }
        problems.add("at", "must be an ISO-8601 instant such as 2026-11-20T18:30:00Z");
        return null;
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException notUtc) {
            try {
                return Optional.of(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException notOffset) {
                return Optional.empty();
            }
        }
    }
}
