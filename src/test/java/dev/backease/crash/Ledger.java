package dev.backease.crash;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the server acknowledged with a 2xx, as the clients saw it: each journal entry as it was
 * answered, and for each live session how many of its events were answered. After any crash, all
 * of this must still be there. Answers that were not 2xx and came before the kill are kept too: a
 * healthy server under this load gives none.
 */
final class Ledger {
    private final Map<String, JsonNode> entries = new ConcurrentHashMap<>();
    private final Map<String, Integer> sessionEvents = new ConcurrentHashMap<>();
    private final List<String> unexpectedAnswers = new CopyOnWriteArrayList<>();

    void entryStored(JsonNode entry) {
        entries.put(entry.get("id").textValue(), entry);
    }

    void sessionStored(String id, int acknowledgedEvents) {
        sessionEvents.merge(id, acknowledgedEvents, Math::max);
    }

    void unexpected(String answer) {
        unexpectedAnswers.add(answer);
    }

    Map<String, JsonNode> entries() {
        return Map.copyOf(entries);
    }

    Map<String, Integer> sessionEvents() {
        return Map.copyOf(sessionEvents);
    }

    List<String> unexpectedAnswers() {
        return List.copyOf(unexpectedAnswers);
    }

    int acknowledgedWrites() {
        return entries.size() + sessionEvents.size() + sessionEvents.values().stream().mapToInt(Integer::intValue).sum();
    }
}
