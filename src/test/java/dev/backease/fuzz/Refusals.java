package dev.backease.fuzz;

import dev.backease.json.FieldError;
import dev.backease.json.InvalidInputException;

/**
 * The fuzz tests' shared property: a refusal is only acceptable when it is one a person can act on,
 * that is, it lists at least one problem, each with the field it is about (empty for the whole
 * document) and what is wrong. Plain checks rather than
 * AssertJ, because this runs millions of times while fuzzing.
 */
final class Refusals {
    private Refusals() {}

    static void mustNameFieldAndProblem(InvalidInputException refused) {
        if (refused.errors().isEmpty()) {
            throw new AssertionError("a refusal named no field: " + refused.getMessage());
        }
        for (FieldError error : refused.errors()) {
            // An empty field is allowed: it stands for the whole document.
            if (error.field() == null || error.problem() == null || error.problem().isBlank()) {
                throw new AssertionError("a refusal lacks a field or a problem: " + error);
            }
        }
    }

    static void mustBeRead(Object value, String what) {
        if (value == null) {
            throw new AssertionError(what + " was neither read nor refused");
        }
    }
}
