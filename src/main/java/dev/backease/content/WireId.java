package dev.backease.content;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A value that travels as a lower_snake_case word in JSON, files and the CLI. */
public interface WireId {
    /** The lower_snake_case word of the contract. */
    String id();

    /** The word of an enum constant: its name in lower case, worked out once per enum type. */
    static String idOf(Enum<?> value) {
        return Words.OF_TYPE.get(value.getDeclaringClass()).ids[value.ordinal()];
    }

    static <E extends Enum<E> & WireId> Optional<E> parse(Class<E> type, String word) {
        if (word == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(type.cast(Words.OF_TYPE.get(type).byWord.get(word)));
    }

    /** The allowed words, for error messages: "one of a, b, c". */
    static <E extends Enum<E> & WireId> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireId::id).collect(Collectors.joining(", "));
    }

    /**
     * The words of one enum type, by ordinal and by word; made on first use (these are read for every
     * field of every request, and lower-casing names each time was nearly a tenth of a screening's
     * cost). Not for use outside this interface, which cannot have a private class.
     */
    final class Words {
        private static final ClassValue<Words> OF_TYPE = new ClassValue<>() {
            @Override
            protected Words computeValue(Class<?> type) {
                return new Words(type);
            }
        };

        private final String[] ids;
        private final Map<String, Object> byWord = new HashMap<>();

        private Words(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            ids = new String[constants.length];
            for (Object constant : constants) {
                Enum<?> value = (Enum<?>) constant;
                ids[value.ordinal()] = value.name().toLowerCase(Locale.ROOT);
            }
            for (int i = 0; i < ids.length; i++) {
                byWord.put(ids[i], constants[i]);
            }
        }
    }
}
