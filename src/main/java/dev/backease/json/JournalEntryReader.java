package dev.backease.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.backease.content.Symptom;
import dev.backease.content.WireId;
import dev.backease.journal.EntryKind;
import dev.backease.journal.EntryValidation;
import dev.backease.journal.JournalEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the contract's JournalEntry strictly: unknown fields are refused, every problem is reported
 * with its field path, and the entry must pass {@link EntryValidation} (no future dates, pain 0 to 10,
 * the right fields for its kind).
 */
public final class JournalEntryReader {
    public static final String INSTANT_HINT = "must be an ISO-8601 instant like 2026-11-20T18:30:00Z";
    private static final Set<String> FIELDS = Set.of("id", "at", "kind", "sessionId", "painBefore", "painAfter",
            "painLevel", "soreness", "symptoms", "techniques", "helped", "notes");
    private static final int MAX_ECHO = 40;
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        STRICT.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    private final EntryValidation validation;

    public JournalEntryReader(EntryValidation validation) {
        this.validation = validation;
    }

    public JournalEntryReader(Clock clock) {
        this(new EntryValidation(clock));
    }

    public JournalEntry read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidInputException listing every problem found */
    public JournalEntry read(byte[] json) {
        return read(parse(json));
    }

    public JournalEntry read(JsonNode document) {
        if (!document.isObject()) {
            throw InvalidInputException.of("$", "must be a JSON object");
        }
        Fields fields = new Fields(document);
        JournalEntry entry = fields.entry();
        // Fields that could not be read are already reported; the rules speak about the rest.
        Set<String> reported = new java.util.HashSet<>();
        fields.errors.forEach(e -> reported.add(e.field()));
        validation.problems(entry).stream()
                .filter(p -> !reported.contains(p.field()))
                .forEach(p -> fields.errors.add(new FieldError(p.field(), p.problem())));
        if (!fields.errors.isEmpty()) {
            throw new InvalidInputException(fields.errors);
        }
        return entry;
    }

    /**
     * A time given as a query or command-line parameter ({@code asOf}, {@code from}, {@code to});
     * null or blank means not given.
     */
    /**
     * A period bound: an instant, or a day (2026-11-20, in UTC) meaning its first moment for
     * {@code from} and its last for {@code to}, so "to=2026-11-30" includes the whole of that day.
     */
    public static Instant periodBound(String name, String text, boolean end) {
        if (text != null && text.trim().matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                java.time.LocalDate day = java.time.LocalDate.parse(text.trim());
                Instant start = day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
                return end ? start.plus(java.time.Duration.ofDays(1)).minusNanos(1) : start;
            } catch (java.time.format.DateTimeParseException e) {
                throw InvalidInputException.of(name, "must be a day like 2026-11-20 or " + INSTANT_HINT.substring(8));
            }
        }
        return instantParameter(name, text);
    }

    public static Instant instantParameter(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant instant = parseInstant(text.trim());
        if (instant == null) {
            throw InvalidInputException.of(name, INSTANT_HINT);
        }
        return instant;
    }

    private static JsonNode parse(byte[] json) {
        try {
            JsonNode node = STRICT.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw InvalidInputException.of("$", "the document is empty; expected a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw InvalidInputException.of("$", "not valid JSON: " + echo(String.valueOf(e.getOriginalMessage())));
        } catch (IOException e) {
            throw InvalidInputException.of("$", "not valid JSON");
        }
    }

    static Instant parseInstant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notAnOffsetTime) {
                return null;
            }
        }
    }

    private static String echo(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= MAX_ECHO ? oneLine : oneLine.substring(0, MAX_ECHO) + "...";
    }

    /** Reads each field of one document, collecting every problem instead of stopping at the first. */
    private static final class Fields {
        private final JsonNode node;
        private final List<FieldError> errors = new ArrayList<>();

        Fields(JsonNode node) {
            this.node = node;
        }

        JournalEntry entry() {
            rejectUnknown();
            rejectId();
            return new JournalEntry(null, at(), kind(), text("sessionId"), number("painBefore"), number("painAfter"),
                    number("painLevel"), soreness(), symptoms(), words("techniques"), words("helped"), text("notes"));
        }

        private void rejectUnknown() {
            node.fieldNames().forEachRemaining(name -> {
                if (!FIELDS.contains(name)) {
                    errors.add(new FieldError(echo(name), "unknown field"));
                }
            });
        }

        private void rejectId() {
            if (present("id")) {
                errors.add(new FieldError("id", "is assigned by BackEase; leave it out"));
            }
        }

        private Instant at() {
            if (!present("at")) {
                errors.add(new FieldError("at", "is required; " + INSTANT_HINT.replace("must be ", "")));
                return null;
            }
            JsonNode value = node.get("at");
            Instant instant = value.isTextual() ? parseInstant(value.textValue()) : null;
            if (instant == null) {
                errors.add(new FieldError("at", INSTANT_HINT));
            }
            return instant;
        }

        private EntryKind kind() {
            if (!present("kind")) {
                errors.add(new FieldError("kind", "is required; one of " + WireId.allowed(EntryKind.class)));
                return null;
            }
            return word("kind", node.get("kind"), EntryKind.class, "kind");
        }

        private Integer number(String name) {
            if (!present(name)) {
                return null;
            }
            JsonNode value = node.get(name);
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                errors.add(new FieldError(name, "must be a whole number 0 to 10"));
                return null;
            }
            return value.intValue();
        }

        private boolean soreness() {
            if (!present("soreness")) {
                return false;
            }
            if (!node.get("soreness").isBoolean()) {
                errors.add(new FieldError("soreness", "must be true or false"));
                return false;
            }
            return node.get("soreness").booleanValue();
        }

        private String text(String name) {
            if (!present(name)) {
                return null;
            }
            if (!node.get(name).isTextual()) {
                errors.add(new FieldError(name, "must be a string"));
                return null;
            }
            return node.get(name).textValue();
        }

        private Set<Symptom> symptoms() {
            Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
            JsonNode list = list("symptoms");
            for (int i = 0; i < list.size(); i++) {
                Symptom symptom = word("symptoms[" + i + "]", list.get(i), Symptom.class, "symptom");
                if (symptom != null) {
                    symptoms.add(symptom);
                }
            }
            return symptoms;
        }

        private List<String> words(String name) {
            List<String> words = new ArrayList<>();
            JsonNode list = list(name);
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).isTextual()) {
                    words.add(list.get(i).textValue());
                } else {
                    errors.add(new FieldError(name + "[" + i + "]", "must be a technique id such as effleurage"));
                }
            }
            return words;
        }

        private JsonNode list(String name) {
            if (!present(name)) {
                return STRICT.createArrayNode();
            }
            if (!node.get(name).isArray()) {
                errors.add(new FieldError(name, "must be a list"));
                return STRICT.createArrayNode();
            }
            return node.get(name);
        }

        private <E extends Enum<E> & WireId> E word(String field, JsonNode value, Class<E> type, String noun) {
            E parsed = value.isTextual() ? WireId.parse(type, value.textValue()).orElse(null) : null;
            if (parsed == null) {
                String sent = value.isTextual() ? " '" + echo(value.textValue()) + "'" : "";
                errors.add(new FieldError(field, "unknown " + noun + sent + "; one of " + WireId.allowed(type)));
            }
            return parsed;
        }

        private boolean present(String name) {
            return node.has(name) && !node.get(name).isNull();
        }
    }
}
