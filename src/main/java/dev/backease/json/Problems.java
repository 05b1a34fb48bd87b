package dev.backease.json;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a document, so the person sees all of them at once rather than one per try. */
public final class Problems {
    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String problem) {
        errors.add(new FieldError(field, problem));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
