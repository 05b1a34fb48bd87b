package dev.backease.planning;

import dev.backease.content.Dose;
import dev.backease.content.Guide;
import dev.backease.content.Range;
import dev.backease.content.Technique;
import dev.backease.content.Tool;
import dev.backease.screening.Intake;
import java.util.ArrayList;
import java.util.List;

/**
 * The guide's two sessions as ordered recipes, before any safety filter or time fitting.
 * How many strokes, passes, points or knots a step covers is ours to choose (the guide gives the
 * time of each); everything else is the guide's figure. See docs/CONTENT.md.
 */
final class Recipes {
    /** Warming steps are the last to go: firmer work may only follow them. */
    private static final int WARMING = 100;

    private final Guide guide;
    private final Range light;

    Recipes(Guide guide) {
        this.guide = guide;
        this.light = guide.pressureScale().light().range();
    }

    /** The sequence of "Sequence of Movements": warm, knead, friction, knots, stretch, soothe. */
    List<StepRecipe> partner() {
        Technique effleurage = guide.technique("effleurage");
        Dose warmUp = effleurage.doseFrom("Effleurage for Warm-Up").orElseThrow();
        Dose sequence = effleurage.doseFrom("Sequence of Movements").orElseThrow();
        // 6 strokes is the one count both of the guide's figures (4-6 and 6-8) allow.
        int strokes = Math.max(warmUp.repetitions().min(), sequence.repetitions().min());
        List<StepRecipe> steps = new ArrayList<>();
        steps.add(new StepRecipe(effleurage, Range.of(strokes, strokes), warmUp.secondsPerRepetition(), null, null,
                light, WARMING, "Keep this first pass light.", warmUp.source()));
        steps.add(counted("petrissage", "Sequence of Movements", Range.of(2, 4), 60,
                "Do at least one pass on each side of the spine."));
        steps.add(counted("cross_fiber_friction", "Sequence of Movements", Range.of(2, 4), 50, null));
        steps.add(hold("trigger_point_release", "Trigger Point Release", Range.of(1, 2), 55,
                "Then glide a few light strokes over the spot."));
        steps.add(hold("pelvic_tilt", "Sequence of Movements", Range.of(1, 2), 40,
                "Help the person turn onto their back with knees bent for this gentle stretch."));
        steps.add(timed("finishing_effleurage", WARMING));
        return steps;
    }

    /** Self-massage from what the person has: hands first, then their tools, then the stretches. */
    List<StepRecipe> self(Intake intake) {
        List<StepRecipe> steps = new ArrayList<>();
        steps.add(timed("circular_warmup", WARMING));
        Technique palms = guide.technique("palm_strokes");
        Dose speed = palms.doseFrom("Using Hands and Fists").orElseThrow();
        Dose strokeTime = palms.doseFrom("Effleurage for Warm-Up").orElseThrow();
        steps.add(new StepRecipe(palms, speed.repetitions(), strokeTime.secondsPerRepetition(), null, null,
                palms.pressure(), WARMING, "Go slowly, about " + speed.inchesPerSecond() + " inches a second.",
                speed.source()));
        steps.add(hold("thumb_knuckle_pressure", "Using Hands and Fists", Range.of(1, 3), 40, null));
        steps.add(counted("fist_compressions", "Kneading and Petrissage", Range.of(2, 4), 20, null));
        steps.add(hold("ball_release", "Incorporating Massage Tools", Range.of(2, 4), 50, ballNote(intake)));
        steps.add(counted("foam_roller", "Sequence of Movements", Range.of(1, 2), 25, null));
        steps.add(counted("massage_stick", "Sequence of Movements", Range.of(1, 2), 10, null));
        steps.add(counted("massage_gun", "Sequence of Movements", Range.of(1, 2), 30, "Low setting only."));
        steps.add(hold("knee_to_chest", "Stretching and Aftercare", Range.of(1, 1), 55, null));
        steps.add(hold("supine_trunk_rotation", "Stretching and Aftercare", Range.of(2, 2), 45, null));
        steps.add(hold("standing_hamstring_stretch", "Stretching and Aftercare", Range.of(1, 1), 35, null));
        steps.add(hold("pelvic_tilt", "Sequence of Movements", Range.of(1, 1), 15, null));
        return steps;
    }

    private String ballNote(Intake intake) {
        return intake.has(Tool.TENNIS_BALL) ? "Use your tennis ball." : "Use your lacrosse ball.";
    }

    private StepRecipe counted(String id, String section, Range count, int priority, String extra) {
        Technique technique = guide.technique(id);
        Dose dose = technique.doseFrom(section).orElseThrow();
        return new StepRecipe(technique, count, dose.secondsPerRepetition(), null, null, technique.pressure(),
                priority, extra, dose.source());
    }

    private StepRecipe hold(String id, String section, Range count, int priority, String extra) {
        Technique technique = guide.technique(id);
        Dose dose = technique.doseFrom(section).orElseThrow();
        return new StepRecipe(technique, count, null, dose.holdSeconds(), null, technique.pressure(), priority,
                extra, dose.source());
    }

    private StepRecipe timed(String id, int priority) {
        Technique technique = guide.technique(id);
        Dose dose = technique.plannedDose();
        return new StepRecipe(technique, null, null, null, dose.minutes(), technique.pressure(), priority, null,
                dose.source());
    }
}
