package dev.backease.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A value that travels as a lower_snake_case word in JSON, files and the CLI. */
public interface WireId {
    /** The lower_snake_case word of the contract. */
    String id();

    static String idOf(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E> & WireId> Optional<E> parse(Class<E> type, String word) {
        if (word == null) {
            return Optional.empty();
        }
        for (E value : type.getEnumConstants()) {
            if (value.id().equals(word)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The allowed words, for error messages: "one of a, b, c". */
    static <E extends Enum<E> & WireId> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireId::id).collect(Collectors.joining(", "));
    }
}
