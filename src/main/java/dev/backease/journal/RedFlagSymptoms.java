package dev.backease.journal;

import static dev.backease.content.Symptom.*;

import dev.backease.content.Symptom;
import dev.backease.screening.Reason;
import dev.backease.screening.Referral;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A symptom written in any entry. Recent ones (within {@link History#RECENT}) set the urgency; older
 * ones still earn a routine reminder, because a red flag that was never checked stays a red flag.
 */
public final class RedFlagSymptoms implements FollowUpRule {
    public static final String DEFAULT_EMERGENCY_NUMBER = "112";

    /** Nerve or cord compression and heart or lung trouble cannot wait. */
    static final Set<Symptom> EMERGENCY = Set.of(
            BLADDER_OR_BOWEL_CHANGE, SADDLE_NUMBNESS, LEG_WEAKNESS, CHEST_PAIN, SHORTNESS_OF_BREATH);
    static final Set<Symptom> URGENT = Set.of(FEVER, LEG_NUMBNESS, LEG_TINGLING, DIZZINESS);
    static final Set<Symptom> SOON = Set.of(PAIN_DOWN_LEG, UNEXPLAINED_WEIGHT_LOSS);

    private final String emergencyNumber;

    public RedFlagSymptoms(String emergencyNumber) {
        this.emergencyNumber = emergencyNumber;
    }

    @Override
    public String id() {
        return "red_flag_in_check_in";
    }

    @Override
    public String source() {
        return "Identifying Persistent or Severe Pain";
    }

    public static Referral urgencyOf(Symptom symptom) {
        if (EMERGENCY.contains(symptom)) {
            return Referral.EMERGENCY;
        }
        return URGENT.contains(symptom) ? Referral.URGENT : Referral.SOON;
    }

    @Override
    public List<Finding> check(History history) {
        Map<Referral, Set<Symptom>> byUrgency = new EnumMap<>(Referral.class);
        for (JournalEntry entry : history.entries()) {
            for (Symptom symptom : entry.symptoms()) {
                Referral urgency = history.isRecent(entry) ? urgencyOf(symptom) : Referral.ROUTINE;
                byUrgency.computeIfAbsent(urgency, u -> new TreeSet<>()).add(symptom);
            }
        }
        List<Finding> findings = new ArrayList<>();
        byUrgency.forEach((urgency, symptoms) -> findings.add(0, finding(urgency, symptoms)));
        return findings;
    }

    private Finding finding(Referral urgency, Set<Symptom> symptoms) {
        String names = symptoms.stream().map(s -> s.id().replace('_', ' ')).collect(Collectors.joining(", "));
        return switch (urgency) {
            case EMERGENCY -> new Finding(urgency,
                    "Call " + emergencyNumber + " or go to the emergency department now; do not massage.",
                    reason("You reported " + names + " in the last 14 days; these can signal a serious problem"
                            + " with the nerves, heart or lungs that needs emergency care."));
            case URGENT -> new Finding(urgency,
                    "Call a doctor today about the " + names + " you reported; do not massage until then.",
                    reason("You reported " + names + " in the last 14 days; the guide says to get medical"
                            + " attention promptly for these."));
            case SOON -> new Finding(urgency,
                    "See a doctor within the next few days about the " + names + " you reported.",
                    reason("You reported " + names + " in the last 14 days; these need a clinician's evaluation."));
            default -> new Finding(Referral.ROUTINE,
                    "If you have not yet had the " + names + " you reported earlier checked, book a visit.",
                    reason("Earlier entries (more than 14 days ago) reported " + names
                            + "; a warning sign that was never checked is still worth a visit."));
        };
    }

    private Reason reason(String message) {
        return new Reason(id(), message, source());
    }
}
