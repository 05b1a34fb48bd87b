package dev.backease.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backease.content.Symptom;
import dev.backease.content.WireId;
import dev.backease.journal.EntryKind;
import dev.backease.journal.JournalEntry;
import dev.backease.json.JournalJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A journal entry as stored: exactly the contract's JournalEntry document, so an account export hands
 * the person what they wrote. Read back without the input rules (an entry that was valid when written
 * stays readable even once its date is long past or the rules have grown stricter).
 */
final class JournalDocument {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JournalDocument() {
    }

    static String write(JournalEntry entry) {
        return JournalJson.entry(entry).toString();
    }

    static JournalEntry read(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored journal entry is not JSON", e);
        }
        return new JournalEntry(text(node, "id"), Instant.parse(node.get("at").textValue()),
                WireId.parse(EntryKind.class, node.get("kind").textValue()).orElseThrow(),
                text(node, "sessionId"), number(node, "painBefore"), number(node, "painAfter"),
                number(node, "painLevel"), node.path("soreness").asBoolean(false), symptoms(node),
                words(node, "techniques"), words(node, "helped"), text(node, "notes"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.textValue();
    }

    private static Integer number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.intValue();
    }

    private static Set<Symptom> symptoms(JsonNode node) {
        Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
        node.path("symptoms").forEach(s -> symptoms.add(WireId.parse(Symptom.class, s.textValue()).orElseThrow()));
        return symptoms;
    }

    private static List<String> words(JsonNode node, String field) {
        List<String> words = new ArrayList<>();
        node.path(field).forEach(w -> words.add(w.textValue()));
        return words;
    }
}
