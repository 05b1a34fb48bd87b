package dev.backease.session;

import dev.backease.content.Symptom;
import dev.backease.screening.Reason;
import dev.backease.screening.Referral;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stops the session when the receiver reports one of the given symptoms. */
record SymptomStopRule(String id, String source, Set<Symptom> symptoms, Referral referral, String message,
        List<String> actions) implements StopRule {

    SymptomStopRule {
        symptoms = Set.copyOf(symptoms);
        actions = List.copyOf(actions);
    }

    @Override
    public Optional<Stop> check(SessionEvent event) {
        if (event instanceof SessionEvent.SymptomReported reported && symptoms.contains(reported.symptom())) {
            String word = "symptom_" + reported.symptom().id();
            return Optional.of(new Stop(word, referral, actions, new Reason(id, message, source)));
        }
        return Optional.empty();
    }
}
