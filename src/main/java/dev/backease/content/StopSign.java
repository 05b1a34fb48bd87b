package dev.backease.content;

import java.util.List;

/**
 * A sign to stop the massage at once.
 *
 * @param symptoms the intake symptoms that are this sign, when there are any
 */
public record StopSign(String id, String text, List<Symptom> symptoms, String source) {
    public StopSign {
        symptoms = symptoms == null ? List.of() : List.copyOf(symptoms);
    }
}
