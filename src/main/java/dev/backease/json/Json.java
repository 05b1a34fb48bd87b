package dev.backease.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializerBase;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.backease.content.WireId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one JSON configuration of BackEase, shared by the web server and the CLI: strict when reading
 * (duplicate keys and trailing content are refused), contract words for enums when writing.
 */
public final class Json {
    /** Deeper documents are refused before they can exhaust the stack; real intakes nest three levels. */
    static final int MAX_NESTING_DEPTH = 64;
    private static final int MAX_MESSAGE_LENGTH = 200;
    private static final ObjectMapper MAPPER = createMapper();

    private Json() {}

    /** The shared mapper; enums that are {@link WireId}s are written as their lower_snake_case word. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * Parses a whole document strictly.
     *
     * @throws InvalidInputException with one error on the whole document ({@code $}) when it is not JSON
     */
    public static JsonNode parse(byte[] bytes) {
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw InvalidInputException.of("$", "the document is empty; expected a JSON object");
            }
            return node;
        } catch (StreamConstraintsException e) {
            throw InvalidInputException.of("$", "the document is nested or sized beyond what an intake ever needs"
                    + " (at most " + MAX_NESTING_DEPTH + " levels deep)");
        } catch (JacksonException e) {
            throw InvalidInputException.of("$", "not valid JSON: " + describe(e));
        } catch (IOException e) {
            throw InvalidInputException.of("$", "not valid JSON: " + shorten(e.getMessage()));
        }
    }

    public static JsonNode parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String pretty(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(JacksonException e) {
        String message = shorten(e.getOriginalMessage());
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            message += " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        }
        return message;
    }

    private static String shorten(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable input";
        }
        String oneLine = message.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= MAX_MESSAGE_LENGTH ? oneLine : oneLine.substring(0, MAX_MESSAGE_LENGTH) + "...";
    }

    private static ObjectMapper createMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("wire-ids").addSerializer(WireId.class, new WireIdSerializer()))
                .build();
        mapper.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build());
        return mapper;
    }

    /** Writes an enum as its contract word rather than its Java name. */
    private static final class WireIdSerializer extends ToStringSerializerBase {
        private static final long serialVersionUID = 1L;

        WireIdSerializer() {
            super(WireId.class);
        }

        @Override
        public String valueToString(Object value) {
            return ((WireId) value).id();
        }
    }
}
