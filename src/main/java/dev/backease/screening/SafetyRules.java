package dev.backease.screening;

import static dev.backease.screening.GuideSection.ADJUSTING_PRESSURE;
import static dev.backease.screening.GuideSection.CHOOSING_ENVIRONMENT;
import static dev.backease.screening.GuideSection.CONCLUSION;
import static dev.backease.screening.GuideSection.CONTRAINDICATIONS;
import static dev.backease.screening.GuideSection.FAQS;
import static dev.backease.screening.GuideSection.INITIAL_ASSESSMENT;
import static dev.backease.screening.GuideSection.OILS_AND_TOOLS;
import static dev.backease.screening.GuideSection.PERSISTENT_OR_SEVERE;
import static dev.backease.screening.GuideSection.SAFETY_TIPS;
import static dev.backease.screening.GuideSection.SIGNS_TO_STOP;
import static dev.backease.screening.GuideSection.WHEN_TO_SEEK_HELP;

import dev.backease.content.Condition;
import dev.backease.content.Injury;
import dev.backease.content.PainCharacter;
import dev.backease.content.Symptom;
import dev.backease.content.Trend;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Every safety rule of the guide, in one place. Read top to bottom: red flags, then the pain's
 * pattern, then the receiver's conditions. docs/SAFETY.md lists the hazard each rule prevents;
 * change it in the same commit as any rule here.
 */
public final class SafetyRules {
    /** "Start light (2-3/10)": the top of the guide's light range. */
    static final int LIGHT = 3;
    /** "Keep pressure moderate": the top of the moderate range, the cap for everyone. */
    static final int MODERATE = 6;
    /** Severe pain: the top third of the 0-10 scale (our reading of "severe"). */
    static final int SEVERE_INTENSITY = 7;
    /** "does not improve after simple self-care ... for 10-14 days": we act on the first day of that range. */
    static final int SELF_CARE_DAYS = 10;
    /** "If pain lasts more than two weeks". */
    static final int TWO_WEEKS = 14;

    private static final List<String> DEEP_WORK =
            List.of("trigger_point_release", "cross_fiber_friction", "massage_gun");
    private static final List<String> HARD_TOOLS = List.of("massage_gun", "foam_roller", "ball_release", "massage_stick");
    private static final List<String> FIRM_PRESSURE = List.of("trigger_point_release", "cross_fiber_friction",
            "massage_gun", "ball_release", "foam_roller", "massage_stick", "thumb_knuckle_pressure",
            "fist_compressions");

    private static final String LIGHT_TOUCH_ONLY =
            "Use light touch only: no knuckles, fists, balls, rollers, sticks or massage gun.";

    private SafetyRules() {}

    public static List<SafetyRule> all() {
        return Stream.of(redFlags(), painPattern(), contraindications(), cautions())
                .flatMap(List::stream)
                .toList();
    }

    static List<SafetyRule> redFlags() {
        return List.of(
                rule("bladder_or_bowel_change_emergency", PERSISTENT_OR_SEVERE, has(Symptom.BLADDER_OR_BOWEL_CHANGE),
                        Finding.doNotMassage(Referral.EMERGENCY, "New trouble controlling the bladder or bowel with "
                                + "back pain can mean the nerves at the base of the spine are being squeezed. "
                                + "That needs emergency care, not massage.")
                                .withActions("Do not wait to see whether it passes.")),
                rule("saddle_numbness_emergency", PERSISTENT_OR_SEVERE, has(Symptom.SADDLE_NUMBNESS),
                        Finding.doNotMassage(Referral.EMERGENCY, "New numbness in the groin, buttocks or inner "
                                + "thighs can mean the nerves at the base of the spine are being squeezed. "
                                + "That needs emergency care, not massage.")
                                .withActions("Do not wait to see whether it passes.")),
                rule("leg_weakness_emergency", PERSISTENT_OR_SEVERE, has(Symptom.LEG_WEAKNESS),
                        Finding.doNotMassage(Referral.EMERGENCY, "Sudden or growing weakness in a leg or foot is a "
                                + "red flag for a badly pressed nerve and needs care right away.")
                                .withActions("Do not wait to see whether it passes.")),
                rule("chest_pain_emergency", SIGNS_TO_STOP, has(Symptom.CHEST_PAIN),
                        Finding.doNotMassage(Referral.EMERGENCY, "Chest pain can signal a heart problem or another "
                                + "serious medical event.")
                                .withActions("Stop and rest while you wait for help.")),
                rule("shortness_of_breath_emergency", SIGNS_TO_STOP, has(Symptom.SHORTNESS_OF_BREATH),
                        Finding.doNotMassage(Referral.EMERGENCY, "Shortness of breath can signal a serious medical "
                                + "event.")
                                .withActions("Stop and rest while you wait for help.")),
                rule("fever_urgent", PERSISTENT_OR_SEVERE, has(Symptom.FEVER),
                        Finding.doNotMassage(Referral.URGENT, "Fever with back pain can mean an infection, which a "
                                + "doctor should check today.")
                                .withActions("Do not massage or use heat until a doctor has checked the fever.")),
                rule("leg_numbness_or_tingling_urgent", INITIAL_ASSESSMENT,
                        has(Symptom.LEG_NUMBNESS).or(has(Symptom.LEG_TINGLING)),
                        Finding.doNotMassage(Referral.URGENT, "Numbness or tingling in a leg can mean a nerve is "
                                + "being pressed; massage could make it worse.")
                                .withActions("Do not massage until a doctor has checked the numbness or tingling.")),
                rule("dizziness_urgent", SIGNS_TO_STOP, has(Symptom.DIZZINESS),
                        Finding.doNotMassage(Referral.URGENT, "Dizziness is a sign to stop: it can point to a "
                                + "medical problem that needs checking today.")
                                .withActions("Sit or lie down somewhere safe until it passes.")),
                rule("pain_down_leg_stop", SIGNS_TO_STOP, has(Symptom.PAIN_DOWN_LEG),
                        Finding.doNotMassage(Referral.SOON, "Sharp pain shooting down a leg can mean a pinched "
                                + "nerve or a slipped disc; pressing on the back may make it worse.")
                                .withActions("Do not massage until a clinician has checked the leg pain.")),
                rule("unexplained_weight_loss_doctor_first", CONTRAINDICATIONS, has(Symptom.UNEXPLAINED_WEIGHT_LOSS),
                        Finding.doNotMassage(Referral.SOON, "The guide does not name weight loss, but it says to "
                                + "ask a doctor when in doubt. Back pain with weight loss you cannot explain "
                                + "should be checked by a doctor before any massage.")
                                .withActions("Do not massage until a doctor has looked into the weight loss.")));
    }

    static List<SafetyRule> painPattern() {
        return List.of(
                rule("injury_medical_advice_first", SAFETY_TIPS, intake -> intake.injury() != Injury.NONE,
                        Finding.needsClearance(Clinician.DOCTOR, Referral.SOON, "Pain that follows a fall, a crash "
                                + "or heavy strain can hide an injury such as a fracture, so get medical advice "
                                + "before massage.")
                                .withActions("Tell the doctor what happened and when.")),
                rule("sudden_or_severe_pain_advice_first", SAFETY_TIPS,
                        intake -> intake.pain().suddenOnset() || intake.pain().intensity() >= SEVERE_INTENSITY,
                        Finding.needsClearance(Clinician.DOCTOR, Referral.SOON, "Pain that came on suddenly or is "
                                + "severe (7 or more out of 10) should be checked by a doctor before massage.")),
                rule("sharp_or_shooting_pain_advice_first", CONCLUSION,
                        feels(PainCharacter.SHARP).or(feels(PainCharacter.SHOOTING)),
                        Finding.needsClearance(Clinician.DOCTOR, Referral.SOON, "Sharp or shooting pain is a reason "
                                + "to stop and get medical advice before massage.")),
                rule("night_pain_evaluation", PERSISTENT_OR_SEVERE, intake -> intake.pain().wakesAtNight(),
                        Finding.needsClearance(Clinician.DOCTOR, Referral.SOON, "Pain that wakes you at night needs "
                                + "a clinician to look at it.")),
                rule("limits_daily_activities_evaluation", PERSISTENT_OR_SEVERE,
                        intake -> intake.pain().limitsDailyActivities(),
                        Finding.needsClearance(Clinician.DOCTOR, Referral.SOON, "Pain that stops you walking, "
                                + "dressing or working needs a clinician to look at it.")),
                rule("worsening_pain_referral", WHEN_TO_SEEK_HELP, intake -> intake.pain().trend() == Trend.WORSE,
                        Finding.withCare(Limits.pressureAtMost(LIGHT), "Pain that is getting worse should be seen "
                                + "by a professional; until then keep any massage light.")
                                .withReferral(Referral.SOON)
                                .withActions("Keep pressure light (3 out of 10 at most) while the pain is getting "
                                        + "worse.")),
                rule("pain_over_two_weeks_referral", WHEN_TO_SEEK_HELP,
                        intake -> intake.pain().durationDays() > TWO_WEEKS,
                        Finding.referral(Referral.ROUTINE, "Pain that has lasted more than two weeks should be "
                                + "seen by a professional.")),
                rule("no_improvement_with_self_care", PERSISTENT_OR_SEVERE, SafetyRules::selfCareHasNotHelped,
                        Finding.referral(Referral.ROUTINE, "Ten or more days of self-care without improvement is "
                                + "a reason to see a professional.")),
                rule("recurring_pain_referral", PERSISTENT_OR_SEVERE, intake -> intake.pain().recurring(),
                        Finding.referral(Referral.ROUTINE, "Pain that keeps coming back after short relief is "
                                + "worth a professional check.")));
    }

    /** Conditions that rule massage out, or hold it until a clinician approves. */
    static List<SafetyRule> contraindications() {
        return List.of(
                rule("fracture_no_massage", CONTRAINDICATIONS, has(Condition.FRACTURE),
                        Finding.doNotMassage(Referral.NONE, "Massage must not press on a known fracture.")
                                .withActions("Follow your doctor's advice while the bone heals.")),
                rule("recent_surgery_no_massage", CONTRAINDICATIONS, has(Condition.RECENT_SURGERY),
                        Finding.doNotMassage(Referral.NONE, "After recent surgery the lower back must not be "
                                + "massaged.")
                                .withActions("Ask your surgeon when massage is safe again.")),
                rule("open_wound_no_massage", CONTRAINDICATIONS, has(Condition.OPEN_WOUND),
                        Finding.doNotMassage(Referral.NONE, "Massage near an open wound can infect it or stop it "
                                + "healing.")
                                .withActions("Let the wound heal before any massage.")),
                rule("skin_infection_no_massage", CONTRAINDICATIONS, has(Condition.SKIN_INFECTION),
                        Finding.doNotMassage(Referral.ROUTINE, "Massage can spread a skin infection.")
                                .withActions("Have the skin infection treated before any massage.")),
                rule("dvt_no_massage", CONTRAINDICATIONS, has(Condition.DVT),
                        Finding.doNotMassage(Referral.SOON, "Massage with an active blood clot (DVT) could move "
                                + "the clot.")
                                .withActions("Follow your doctor's treatment for the clot.")),
                rule("osteoporosis_clearance", CONTRAINDICATIONS, has(Condition.OSTEOPOROSIS),
                        doctorFirst(Condition.OSTEOPOROSIS, "Osteoporosis makes bones fragile, so a doctor should "
                                + "approve massage first.")),
                rule("rheumatoid_arthritis_clearance", CONTRAINDICATIONS, has(Condition.RHEUMATOID_ARTHRITIS),
                        doctorFirst(Condition.RHEUMATOID_ARTHRITIS, "Advanced rheumatoid arthritis needs a "
                                + "doctor's approval before massage.")),
                rule("spinal_cancer_clearance", CONTRAINDICATIONS, has(Condition.SPINAL_CANCER),
                        doctorFirst(Condition.SPINAL_CANCER, "Cancer that involves the spine needs a doctor's "
                                + "approval before massage.")),
                rule("heart_condition_clearance", FAQS, has(Condition.HEART_CONDITION),
                        doctorFirst(Condition.HEART_CONDITION, "Some heart conditions need a doctor's approval "
                                + "before massage.")),
                rule("pregnancy_clearance", CONTRAINDICATIONS, has(Condition.PREGNANCY),
                        Finding.needsClearance(Clinician.MATERNITY_CARE_PROVIDER, Referral.ROUTINE, "During "
                                + "pregnancy, lower-back massage needs your maternity care provider's approval "
                                + "first.")
                                .liftedBy(Condition.PREGNANCY)));
    }

    /** Limits that stay in force whatever a clinician has cleared. */
    static List<SafetyRule> cautions() {
        return List.of(
                rule("osteoporosis_gentle_pressure", OILS_AND_TOOLS, has(Condition.OSTEOPOROSIS),
                        Finding.withCare(Limits.pressureAtMost(LIGHT).excluding(HARD_TOOLS).avoiding("bony_areas"),
                                "Fragile bones need light pressure and no hard tools, even once massage is "
                                        + "approved.")
                                .withActions("Use your hands only, lightly: no balls, rollers, sticks or massage "
                                        + "gun.")),
                rule("rheumatoid_arthritis_gentle_pressure", ADJUSTING_PRESSURE, has(Condition.RHEUMATOID_ARTHRITIS),
                        Finding.withCare(Limits.pressureAtMost(LIGHT).excluding(HARD_TOOLS), "Inflamed joints and "
                                + "tissue call for light pressure, even once massage is approved.")),
                rule("spinal_cancer_gentle_pressure", OILS_AND_TOOLS, has(Condition.SPINAL_CANCER),
                        Finding.withCare(Limits.pressureAtMost(LIGHT).excluding(HARD_TOOLS).avoiding("bony_areas"),
                                "Bones weakened by cancer need light pressure and no hard tools, even once "
                                        + "massage is approved.")
                                .withActions("Use your hands only, lightly: no balls, rollers, sticks or massage "
                                        + "gun.")),
                rule("pregnancy_light_side_lying", CONTRAINDICATIONS, has(Condition.PREGNANCY),
                        Finding.withCare(Limits.pressureAtMost(LIGHT).excluding(DEEP_WORK), "During pregnancy keep "
                                + "massage light, with no deep work, even once it is approved.")
                                .withActions("Lie on your side with your knees bent, not face down.")),
                rule("giver_pregnant_light_only", CONTRAINDICATIONS, Intake::giverPregnant,
                        Finding.withCare(Limits.pressureAtMost(LIGHT).excluding(DEEP_WORK), "A pregnant person "
                                + "giving a massage should keep it light unless their maternity care provider "
                                + "has approved deep work.")
                                .withActions("The person giving the massage should ask their maternity care "
                                        + "provider before any deep massage.")),
                rule("blood_thinners_light_touch", CONTRAINDICATIONS, has(Condition.BLOOD_THINNERS),
                        Finding.withCare(Limits.pressureAtMost(LIGHT).excluding(FIRM_PRESSURE), "Blood thinners "
                                + "make bruising and bleeding easier, so light touch only is safer.")
                                .withActions(LIGHT_TOUCH_ONLY,
                                        "Tell any massage therapist that you take blood thinners.")),
                rule("bleeding_disorder_light_touch", CONTRAINDICATIONS, has(Condition.BLEEDING_DISORDER),
                        Finding.withCare(Limits.pressureAtMost(LIGHT).excluding(FIRM_PRESSURE), "A bleeding "
                                + "disorder makes bruising and bleeding easier, so light touch only is safer.")
                                .withActions(LIGHT_TOUCH_ONLY,
                                        "Tell any massage therapist about your bleeding disorder.")),
                rule("rash_avoid_area", FAQS, has(Condition.RASH),
                        Finding.withCare(Limits.NONE.avoiding("rash_area"), "Massage over a rash can irritate it.")
                                .withActions("Keep hands and tools off the rash.")),
                rule("bruising_avoid_area", FAQS, has(Condition.BRUISING),
                        Finding.withCare(Limits.NONE.avoiding("bruised_area"), "Pressing on a bruise can deepen "
                                + "it.")
                                .withActions("Keep hands and tools off the bruise.")),
                rule("swelling_avoid_area", FAQS, has(Condition.SWELLING),
                        Finding.withCare(Limits.NONE.avoiding("swollen_area"), "Swollen areas should not be "
                                + "massaged.")
                                .withActions("Keep hands and tools off the swollen area.")),
                rule("numb_area_care", OILS_AND_TOOLS, has(Condition.NUMB_AREA),
                        Finding.withCare(Limits.NONE.excluding(List.of("heat")).avoiding("numb_area"), "Skin with "
                                + "little feeling cannot warn you of too much heat or pressure.")
                                .withActions("Never put heat on numb skin, and keep hands and tools off it.")),
                rule("sensitive_skin_oil_care", OILS_AND_TOOLS, has(Condition.SENSITIVE_SKIN),
                        Finding.withCare(Limits.NONE, "Sensitive skin can react to scented oils.")
                                .withActions("Use an unscented, hypoallergenic oil, and test it on a small patch "
                                        + "of skin first.")),
                rule("oil_allergy_care", CHOOSING_ENVIRONMENT, has(Condition.OIL_ALLERGY),
                        Finding.withCare(Limits.NONE, "An oil allergy means the wrong oil can cause a reaction.")
                                .withActions("Skip the oil, or use only one you know you tolerate, after a small "
                                        + "patch test.")));
    }

    private static Finding doctorFirst(Condition condition, String message) {
        return Finding.needsClearance(Clinician.DOCTOR, Referral.ROUTINE, message).liftedBy(condition);
    }

    private static boolean selfCareHasNotHelped(Intake intake) {
        Integer days = intake.pain().daysOfSelfCareWithoutImprovement();
        return days != null && days >= SELF_CARE_DAYS;
    }

    private static Predicate<Intake> has(Symptom symptom) {
        return intake -> intake.has(symptom);
    }

    private static Predicate<Intake> has(Condition condition) {
        return intake -> intake.has(condition);
    }

    private static Predicate<Intake> feels(PainCharacter character) {
        return intake -> intake.pain().character().contains(character);
    }

    private static SafetyRule rule(String id, String source, Predicate<Intake> trigger, Finding finding) {
        return new GuideRule(id, source, trigger, finding);
    }
}
