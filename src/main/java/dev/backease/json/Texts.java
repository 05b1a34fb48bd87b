package dev.backease.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts that answers repeat (the guide's actions and reasons, contract words), kept with their
 * JSON escaping and UTF-8 bytes worked out once. Bounded: the guide has a few hundred texts, and
 * once {@link #MAX_KEPT} are kept any further text is escaped as it is written, so no input can
 * make it grow without end.
 */
final class Texts {
    static final int MAX_KEPT = 4096;
    private static final Map<String, SerializedString> KEPT = new ConcurrentHashMap<>();

    private Texts() {}

    static SerializableString escaped(String text) {
        SerializedString kept = KEPT.get(text);
        if (kept != null) {
            return kept;
        }
        SerializedString made = new SerializedString(text);
        if (KEPT.size() < MAX_KEPT) {
            KEPT.putIfAbsent(text, made);
        }
        return made;
    }

    static int keptCount() {
        return KEPT.size();
    }
}
