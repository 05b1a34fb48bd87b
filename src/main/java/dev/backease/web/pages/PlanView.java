package dev.backease.web.pages;

import dev.backease.planning.CarePoint;
import dev.backease.planning.Plan;
import dev.backease.planning.PlanStep;
import java.util.List;

/** The plan page: position and preparation as a checklist, the steps with their times, aftercare. */
public record PlanView(
        Chrome chrome,
        ResultView result,
        String positionInstructions,
        List<CarePoint> preparation,
        List<StepView> steps,
        String totalTime,
        List<CarePoint> aftercare,
        List<IntakeForm.Field> intakeFields) {

    /** One step as the page lists it. */
    public record StepView(String name, String area, String instructions, String time, String pressure,
            List<String> cautions, String source) {
        static StepView of(PlanStep step) {
            return new StepView(step.name(), dev.backease.content.AreaNames.of(step.area()), step.instructions(), time(step),
                    step.pressure().min() + " to " + step.pressure().max() + " out of 10", step.cautions(),
                    step.source());
        }

        private static String time(PlanStep step) {
            StringBuilder text = new StringBuilder(duration(step.durationSeconds()));
            if (step.repetitions() != null) {
                text.append(" · ").append(step.repetitions()).append(" times");
                if (step.secondsPerRepetition() != null) {
                    text.append(", about ").append(step.secondsPerRepetition()).append(" s each");
                }
            }
            if (step.holdSeconds() != null) {
                text.append(" · hold ").append(step.holdSeconds()).append(" s");
            }
            return text.toString();
        }
    }

    public boolean hasSteps() {
        return !steps.isEmpty();
    }

    static PlanView of(Chrome chrome, Plan plan, ResultView result, List<IntakeForm.Field> fields) {
        String position = plan.position() == null ? "" : plan.position().instructions();
        return new PlanView(chrome, result, position, plan.preparation(),
                plan.steps().stream().map(StepView::of).toList(), duration(plan.totalSeconds()), plan.aftercare(),
                fields);
    }

    static String duration(int seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        int minutes = seconds / 60;
        int rest = seconds % 60;
        return rest == 0 ? minutes + " min" : minutes + " min " + rest + " s";
    }
}
