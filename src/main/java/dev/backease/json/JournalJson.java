package dev.backease.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backease.content.WireId;
import dev.backease.journal.Advice;
import dev.backease.journal.JournalEntry;
import dev.backease.journal.Progress;
import dev.backease.screening.Reason;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Writes the journal's documents in the contract's shape: JournalEntry, {"entries":[...]}, Advice. */
public final class JournalJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JournalJson() {}

    public static ObjectNode entry(JournalEntry entry) {
        ObjectNode node = NODES.objectNode();
        node.put("id", entry.id());
        node.put("at", instant(entry.at()));
        node.put("kind", entry.kind().id());
        node.put("sessionId", entry.sessionId());
        node.put("painBefore", entry.painBefore());
        node.put("painAfter", entry.painAfter());
        node.put("painLevel", entry.painLevel());
        node.put("soreness", entry.soreness());
        node.set("symptoms", words(entry.symptoms().stream().sorted().map(WireId::id).toList()));
        node.set("techniques", words(entry.techniques()));
        node.set("helped", words(entry.helped()));
        node.put("notes", entry.notes());
        return node;
    }

    public static ObjectNode entries(List<JournalEntry> entries) {
        ObjectNode node = NODES.objectNode();
        ArrayNode list = node.putArray("entries");
        entries.forEach(e -> list.add(entry(e)));
        return node;
    }

    public static ObjectNode advice(Advice advice) {
        ObjectNode node = NODES.objectNode();
        node.put("referral", advice.referral().id());
        node.put("asOf", instant(advice.asOf()));
        node.set("actions", words(advice.actions()));
        ArrayNode reasons = node.putArray("reasons");
        advice.reasons().forEach(r -> reasons.add(reason(r)));
        return node;
    }

    /** Not part of the contract: the progress view for the web app and the CLI. */
    public static ObjectNode progress(Progress progress) {
        ObjectNode node = NODES.objectNode();
        ArrayNode pain = node.putArray("pain");
        progress.pain().forEach(p -> pain.addObject().put("at", instant(p.at())).put("kind", p.kind().id())
                .put("painBefore", p.painBefore()).put("painAfter", p.painAfter()).put("painLevel", p.painLevel()));
        ArrayNode weeks = node.putArray("sessionsPerWeek");
        progress.sessionsPerWeek().forEach(w -> weeks.addObject().put("week", w.week()).put("sessions", w.sessions()));
        node.put("streakDays", progress.streakDays());
        ArrayNode works = node.putArray("whatWorks");
        progress.whatWorks().forEach(t -> works.addObject().put("technique", t.technique())
                .put("sessions", t.sessions()).put("averageChange", Math.round(t.averageChange() * 100) / 100.0)
                .put("helpedCount", t.helpedCount()));
        ArrayNode helped = node.putArray("helped");
        progress.helped().forEach(t -> helped.addObject().put("technique", t.technique()).put("count", t.count()));
        node.set("preferredTechniques", words(progress.preference().preferredTechniques()));
        return node;
    }

    public static String write(ObjectNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode reason(Reason reason) {
        return NODES.objectNode().put("rule", reason.rule()).put("message", reason.message())
                .put("source", reason.source());
    }

    private static ArrayNode words(Collection<String> words) {
        ArrayNode list = NODES.arrayNode();
        words.forEach(list::add);
        return list;
    }

    private static String instant(Instant instant) {
        return instant.toString();
    }
}
