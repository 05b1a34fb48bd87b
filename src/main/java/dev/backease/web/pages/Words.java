package dev.backease.web.pages;

import dev.backease.content.Condition;
import dev.backease.content.Symptom;
import dev.backease.content.Tool;
import dev.backease.screening.Decision;
import dev.backease.screening.Referral;
import java.util.Map;

/** Plain words for the contract's vocabulary, as the pages say them. */
public final class Words {
    private Words() {}

    private static final Map<Symptom, String> QUESTIONS = Map.ofEntries(
            Map.entry(Symptom.BLADDER_OR_BOWEL_CHANGE, "Any new trouble controlling your bladder or bowels, or new difficulty passing urine?"),
            Map.entry(Symptom.SADDLE_NUMBNESS, "Any numbness or tingling in the groin, genitals, buttocks or inner thighs?"),
            Map.entry(Symptom.LEG_WEAKNESS, "Any sudden or worsening weakness in a leg or foot?"),
            Map.entry(Symptom.CHEST_PAIN, "Any chest pain?"),
            Map.entry(Symptom.SHORTNESS_OF_BREATH, "Any shortness of breath?"),
            Map.entry(Symptom.FEVER, "A fever or high temperature along with the back pain?"),
            Map.entry(Symptom.LEG_NUMBNESS, "Any numbness in a leg?"),
            Map.entry(Symptom.LEG_TINGLING, "Any tingling or pins and needles in a leg?"),
            Map.entry(Symptom.PAIN_DOWN_LEG, "Sharp or shooting pain running down a leg?"),
            Map.entry(Symptom.DIZZINESS, "Feeling dizzy or faint?"),
            Map.entry(Symptom.UNEXPLAINED_WEIGHT_LOSS, "Weight loss you cannot explain?"));

    private static final Map<Condition, String> CONDITIONS = Map.ofEntries(
            Map.entry(Condition.FRACTURE, "A broken bone (fracture) in the back or hips"),
            Map.entry(Condition.RECENT_SURGERY, "Surgery in the last few months"),
            Map.entry(Condition.OPEN_WOUND, "An open wound on the lower back"),
            Map.entry(Condition.SKIN_INFECTION, "A skin infection on the lower back"),
            Map.entry(Condition.RASH, "A rash on the lower back"),
            Map.entry(Condition.BRUISING, "Bruising on the lower back"),
            Map.entry(Condition.SWELLING, "Swelling on the lower back"),
            Map.entry(Condition.DVT, "A blood clot in a vein now (deep vein thrombosis)"),
            Map.entry(Condition.OSTEOPOROSIS, "Osteoporosis (thin, fragile bones)"),
            Map.entry(Condition.RHEUMATOID_ARTHRITIS, "Advanced rheumatoid arthritis"),
            Map.entry(Condition.SPINAL_CANCER, "Cancer that involves the spine"),
            Map.entry(Condition.PREGNANCY, "Pregnancy"),
            Map.entry(Condition.HEART_CONDITION, "A heart condition"),
            Map.entry(Condition.BLOOD_THINNERS, "Taking blood thinners"),
            Map.entry(Condition.BLEEDING_DISORDER, "A bleeding disorder"),
            Map.entry(Condition.NUMB_AREA, "An area of skin with less feeling than usual"),
            Map.entry(Condition.SENSITIVE_SKIN, "Sensitive skin"),
            Map.entry(Condition.OIL_ALLERGY, "An allergy to massage oils or nuts"));

    private static final Map<Tool, String> TOOLS = Map.ofEntries(
            Map.entry(Tool.TENNIS_BALL, "Tennis ball"), Map.entry(Tool.LACROSSE_BALL, "Lacrosse ball"),
            Map.entry(Tool.FOAM_ROLLER, "Foam roller"), Map.entry(Tool.MASSAGE_STICK, "Massage stick"),
            Map.entry(Tool.MASSAGE_GUN, "Massage gun"), Map.entry(Tool.HEAT_PAD, "Heat pad"),
            Map.entry(Tool.WARM_TOWEL, "Warm towel"), Map.entry(Tool.ICE_PACK, "Ice pack"),
            Map.entry(Tool.MASSAGE_OIL, "Massage oil or lotion"), Map.entry(Tool.PILLOWS, "Pillows or cushions"));

    public static String question(Symptom symptom) {
        return QUESTIONS.get(symptom);
    }

    public static String condition(Condition condition) {
        return CONDITIONS.get(condition);
    }

    public static String tool(Tool tool) {
        return TOOLS.get(tool);
    }

    public static String decision(Decision decision) {
        return switch (decision) {
            case PROCEED -> "Massage is fine today, following the plan.";
            case PROCEED_WITH_CARE -> "Massage is possible today, but only with the limits below.";
            case NEEDS_CLEARANCE -> "Please do not massage until a clinician says it is safe.";
            case DO_NOT_MASSAGE -> "Do not massage the lower back.";
        };
    }

    public static String referral(Referral referral, String emergencyNumber) {
        return switch (referral) {
            case NONE -> "There is no need to see a professional for now.";
            case ROUTINE -> "Book a visit with a doctor or physical therapist.";
            case SOON -> "See a doctor or physical therapist within the next few days.";
            case URGENT -> "Call a doctor today.";
            case EMERGENCY -> "Call " + emergencyNumber + " or go to the emergency department now.";
        };
    }

    public static String clearanceFrom(String who) {
        return switch (who) {
            case "doctor" -> "a doctor";
            case "maternity_care_provider" -> "your maternity care provider (midwife or obstetrician)";
            default -> who.replace('_', ' ');
        };
    }

    public static String area(String id) {
        return id.replace('_', ' ');
    }
}
