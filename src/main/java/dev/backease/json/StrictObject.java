package dev.backease.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.backease.content.WireId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.HashSet;
import java.util.List;
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
    /** The names asked for, and how many of them the object has: all of its fields when the two agree. */
    private final List<String> asked = new ArrayList<>(12);
    private int askedAndPresent;

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
        return word(name, -1, value, type, noun);
    }

    public <E extends Enum<E> & WireId> E optionalWord(String name, Class<E> type, String noun, E fallback) {
        JsonNode value = field(name);
        if (isAbsent(value)) {
            return fallback;
        }
        E word = word(name, -1, value, type, noun);
        return word == null ? fallback : word;
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
            E word = word(name, i, value.get(i), type, noun);
            if (word != null) {
                result.add(word);
            }
        }
        return result;
    }

    /** Records every field of this object that no reader asked for. */
    public void rejectUnknownFields() {
        if (askedAndPresent == node.size()) {
            return; // every field was asked for (names in an object are unique: duplicates are refused)
        }
        Set<String> known = new HashSet<>(asked);
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
        JsonNode value = node.get(name);
        if (!asked.contains(name)) {
            asked.add(name);
            if (value != null) {
                askedAndPresent++;
            }
        }
        return value;
    }

    private Integer intIn(String name, JsonNode value, int min, int max) {
        if (!value.isNumber()) {
            problems.add(pathOf(name), "must be a whole number, not " + kind(value));
            return null;
        }
        if (!value.isIntegralNumber()) {
            problems.add(pathOf(name), "must be a whole number");
            return null;
        }
        if (!value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            problems.add(pathOf(name), "must be " + min + " to " + max);
            return null;
        }
        return value.intValue();
    }

    /**
     * One contract word, or null with a problem recorded. Its path (field, and index in a list when
     * {@code index >= 0}) is only spelt out for a problem: most words are fine.
     */
    private <E extends Enum<E> & WireId> E word(String name, int index, JsonNode value, Class<E> type, String noun) {
        if (value == null || !value.isTextual()) {
            problems.add(pathOf(name, index), "must be a word, not " + kind(value) + "; one of "
                    + WireId.allowed(type));
            return null;
        }
        Optional<E> parsed = WireId.parse(type, value.textValue());
        if (parsed.isEmpty()) {
            problems.add(pathOf(name, index), "unknown " + noun + " '" + echo(value.textValue()) + "'; one of "
                    + WireId.allowed(type));
            return null;
        }
        return parsed.get();
    }

    private String pathOf(String name, int index) {
        return index < 0 ? pathOf(name) : pathOf(name) + "[" + index + "]";
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
