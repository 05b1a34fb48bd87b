package dev.backease.json;

/**
 * One problem with an input document.
 *
 * @param field a path such as {@code pain.intensity} or {@code symptoms[1]}; empty for the whole document
 * @param problem what is wrong, in words a person can act on
 */
public record FieldError(String field, String problem) {
    @Override
    public String toString() {
        return field.isEmpty() ? problem : field + ": " + problem;
    }
}
