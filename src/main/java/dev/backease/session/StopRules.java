package dev.backease.session;

import static dev.backease.content.Symptom.BLADDER_OR_BOWEL_CHANGE;
import static dev.backease.content.Symptom.CHEST_PAIN;
import static dev.backease.content.Symptom.DIZZINESS;
import static dev.backease.content.Symptom.FEVER;
import static dev.backease.content.Symptom.LEG_NUMBNESS;
import static dev.backease.content.Symptom.LEG_TINGLING;
import static dev.backease.content.Symptom.LEG_WEAKNESS;
import static dev.backease.content.Symptom.PAIN_DOWN_LEG;
import static dev.backease.content.Symptom.SADDLE_NUMBNESS;
import static dev.backease.content.Symptom.SHORTNESS_OF_BREATH;
import static dev.backease.content.Symptom.UNEXPLAINED_WEIGHT_LOSS;

import dev.backease.content.Symptom;
import dev.backease.screening.Referral;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Every sign that stops a live session, in one place. The first rule that matches an event wins;
 * the symptom rules do not overlap, and the last one catches any symptom the others miss.
 */
public final class StopRules {
    public static final String DEFAULT_EMERGENCY_NUMBER = "112";

    private final List<StopRule> rules;

    public StopRules(String emergencyNumber) {
        Objects.requireNonNull(emergencyNumber, "emergencyNumber");
        this.rules = List.of(
                nerveCompression(), nerveRedFlag(emergencyNumber), seriousMedicalEvent(emergencyNumber),
                dizziness(emergencyNumber), fever(), unexplainedWeightLoss(), anyOtherSymptom(),
                new SkinChangeStopRule(), new StopSignalRule());
    }

    public StopRules() {
        this(DEFAULT_EMERGENCY_NUMBER);
    }

    public List<StopRule> rules() {
        return rules;
    }

    /** The stop this event calls for, if any. */
    public Optional<Stop> check(SessionEvent event) {
        for (StopRule rule : rules) {
            Optional<Stop> stop = rule.check(event);
            if (stop.isPresent()) {
                return stop;
            }
        }
        return Optional.empty();
    }

    static StopRule nerveCompression() {
        return new SymptomStopRule("nerve_compression_sign", "Signs to Stop the Massage",
                EnumSet.of(PAIN_DOWN_LEG, LEG_NUMBNESS, LEG_TINGLING), Referral.SOON,
                "Sharp, shooting, numb or tingling feelings down a leg can mean a pressed nerve or a herniated disc.",
                List.of("Release the pressure now.",
                        "Stop the massage.",
                        "Do not resume the massage.",
                        "See a clinician within a few days about the leg symptoms; go today if they spread, "
                                + "get worse or come with weakness."));
    }

    static StopRule nerveRedFlag(String emergencyNumber) {
        return new SymptomStopRule("nerve_red_flag", "Initial Assessment and Communication",
                EnumSet.of(LEG_WEAKNESS, SADDLE_NUMBNESS, BLADDER_OR_BOWEL_CHANGE), Referral.EMERGENCY,
                "Sudden leg weakness, numbness in the groin or saddle area, or new bladder or bowel trouble "
                        + "can mean serious pressure on the nerves and needs care at once.",
                List.of("Release the pressure and stop the massage now.",
                        "Call " + emergencyNumber + " or go to the emergency department now.",
                        "Do not resume the massage."));
    }

    static StopRule seriousMedicalEvent(String emergencyNumber) {
        return new SymptomStopRule("serious_medical_event", "Signs to Stop the Massage",
                EnumSet.of(CHEST_PAIN, SHORTNESS_OF_BREATH), Referral.EMERGENCY,
                "Chest pain or shortness of breath can be a serious medical event.",
                List.of("Stop the massage now and help them sit up and rest.",
                        "Call " + emergencyNumber + " now.",
                        "Stay with them until help arrives; do not resume the massage."));
    }

    static StopRule dizziness(String emergencyNumber) {
        return new SymptomStopRule("dizziness", "Signs to Stop the Massage", EnumSet.of(DIZZINESS), Referral.URGENT,
                "Dizziness during a massage can signal a medical problem.",
                List.of("Stop the massage now.",
                        "Help them sit or lie down slowly and stay with them.",
                        "Call a doctor today.",
                        "Call " + emergencyNumber + " if it comes with chest pain, shortness of breath or fainting.",
                        "Do not resume the massage."));
    }

    static StopRule fever() {
        return new SymptomStopRule("fever", "Identifying Persistent or Severe Pain", EnumSet.of(FEVER), Referral.URGENT,
                "Fever together with back pain needs a doctor's assessment.",
                List.of("Stop the massage.", "Call a doctor today.", "Do not resume the massage."));
    }

    static StopRule unexplainedWeightLoss() {
        // The guide does not name weight loss; losing weight without trying is a general warning sign
        // with back pain, so we err toward caution and ask for a clinician within days.
        return new SymptomStopRule("unexplained_weight_loss", "When to Seek Professional Help",
                EnumSet.of(UNEXPLAINED_WEIGHT_LOSS), Referral.SOON,
                "Losing weight without trying, together with back pain, should be checked by a clinician.",
                List.of("Stop the massage.", "See a clinician within a few days.", "Do not resume the massage."));
    }

    /** A safety net for symptoms added to the vocabulary later: any reported symptom stops the session. */
    static StopRule anyOtherSymptom() {
        Set<Symptom> all = EnumSet.allOf(Symptom.class);
        return new SymptomStopRule("unlisted_symptom", "Signs to Stop the Massage", all, Referral.URGENT,
                "A new symptom appeared during the massage.",
                List.of("Stop the massage.", "Call a doctor today about the new symptom.", "Do not resume the massage."));
    }
}
