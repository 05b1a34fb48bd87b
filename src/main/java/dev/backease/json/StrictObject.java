package dev.backease.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.backease.content.WireId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the fields of one JSON object strictly, recording a problem (with its path) for every wrong
 * value instead of stopping at the first. Fields that are never asked for are reported as unknown by
 * {@link #rejectUnknownFields()}, so a misspelt safety answer can never be silently lost.
 * A {@code null} optional field means "not reported" and gets the default.
 */
public final class StrictObject {
    private static final int MAX_ECHO = 40;
    private final JsonNode node;
    private final String path;
    private final Problems problems;
    private final Set<String> known = new LinkedHashSet<>();

    private StrictObject(JsonNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** The document's root object, or empty (with a problem recorded) when the root is not an object. */
    public static Optional<StrictObject> root(JsonNode node, Problems problems) {
        if (!node.isObject()) {
            problems.add("$", "must be a JSON object, not " + kind(node));
            return Optional.empty();
        }
        return Optional.of(new StrictObject(node, "", problems));
    }

    public Optional<StrictObject> object(String name) {
        JsonNode value = field(name);
        if (isAbsent(value)) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            problems.add(pathOf(name), "must be an object, not " + kind(value));
            return Optional.empty();
        }
        return Optional.of(new StrictObject(value, pathOf(name), problems));
    }

    /**
     * A nested object whose own required fields must be reported by path even when it is missing
     * altogether: absent or null reads as an empty object; empty only when it has the wrong type.
     */
    public Optional<StrictObject> objectOrEmpty(String name) {
        JsonNode value = field(name);
        if (isAbsent(value)) {
            return Optional.of(new StrictObject(JsonNodeFactory.instance.objectNode(), pathOf(name), problems));
        }
        return object(name);
    }

    /** A required whole number in a range; null when missing or wrong (a problem is then recorded). */
    public Integer requiredInt(String name, int min, int max) {
        JsonNode value = field(name);
        if (isAbsent(value)) {
            problems.add(pathOf(name), "is required");
            return null;
        }
        return intIn(name, value, min, max);
    }

    public int optionalInt(String name, int min, int max, int fallback) {
        Integer value = optionalInt(name, min, max);
        return value == null ? fallback : value;
    }

    /** An optional whole number in a range; null when absent, null or wrong. */
    public Integer optionalInt(String name, int min, int max) {
        JsonNode value = field(name);
        return isAbsent(value) ? null : intIn(name, value, min, max);
    }

    public boolean optionalBoolean(String name, boolean fallback) {
        JsonNode value = field(name);
        if (isAbsent(value)) {
            return fallback;
        }
        if (!value.isBoolean()) {
            problems.add(pathOf(name), "must be true or false, not " + kind(value));
            return fallback;
        }
        return value.booleanValue();
    }

    /** A required contract word; null when missing or wrong. */
    public <E extends Enum<E> & WireId> E requiredWord(String name, Class<E> type, String noun) {
        JsonNode value = field(name);
        if (isAbsent(value)) {
            problems.add(pathOf(name), "is required; one of " + WireId.allowed(type));
            return null;
        }
        return word(pathOf(name), value, type, noun).orElse(null);
    }

    public <E extends Enum<E> & WireId> E optionalWord(String name, Class<E> type, String noun, E fallback) {
        JsonNode value = field(name);
        return isAbsent(value) ? fallback : word(pathOf(name), value, type, noun).orElse(fallback);
    }

    /** A list of contract words; repeats are harmless and collapse into one. */
    public <E extends Enum<E> & WireId> Set<E> words(String name, Class<E> type, String noun) {
        JsonNode value = field(name);
        Set<E> result = EnumSet.noneOf(type);
        if (isAbsent(value)) {
            return result;
        }
        if (!value.isArray()) {
            problems.add(pathOf(name), "must be a list, not " + kind(value));
            return result;
        }
        for (int i = 0; i < value.size(); i++) {
            word(pathOf(name) + "[" + i + "]", value.get(i), type, noun).ifPresent(result::add);
        }
        return result;
    }

    /** Records every field of this object that no reader asked for. */
    public void rejectUnknownFields() {
        Iterator<String> names = node.fieldNames();
        var unknown = new ArrayList<String>();
        names.forEachRemaining(n -> {
            if (!known.contains(n)) {
                unknown.add(n);
            }
        });
        unknown.forEach(n -> problems.add(pathOf(echo(n)), "unknown field"));
    }

    public String path() {
        return path;
    }

    private JsonNode field(String name) {
        known.add(name);
        return node.get(name);
    }

    private Integer intIn(String name, JsonNode value, int min, int max) {
        String where = pathOf(name);
        if (!value.isNumber()) {
            problems.add(where, "must be a whole number, not " + kind(value));
            return null;
        }
        if (!value.isIntegralNumber()) {
            problems.add(where, "must be a whole number");
            return null;
        }
        if (!value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            problems.add(where, "must be " + min + " to " + max);
            return null;
        }
        return value.intValue();
    }

    private <E extends Enum<E> & WireId> Optional<E> word(String where, JsonNode value, Class<E> type, String noun) {
        if (value == null || !value.isTextual()) {
            problems.add(where, "must be a word, not " + kind(value) + "; one of " + WireId.allowed(type));
            return Optional.empty();
        }
        Optional<E> parsed = WireId.parse(type, value.textValue());
        if (parsed.isEmpty()) {
            problems.add(where, "unknown " + noun + " '" + echo(value.textValue()) + "'; one of " + WireId.allowed(type));
        }
        return parsed;
    }

    private String pathOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static boolean isAbsent(JsonNode value) {
        return value == null || value.isNull();
    }

    private static String kind(JsonNode value) {
        if (value == null || value.isNull()) {
            return "null";
        }
        if (value.isTextual()) {
            return "a string";
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return "true or false";
        }
        if (value.isArray()) {
            return "a list";
        }
        return value.isObject() ? "an object" : "a " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Echoes what the person sent, kept short and printable so an error can never flood a terminal or log. */
    static String echo(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(MAX_ECHO).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return text.codePointCount(0, text.length()) > MAX_ECHO ? out + "..." : out.toString();
    }
}
