package dev.backease.planning;

import dev.backease.content.CareItem;
import dev.backease.content.Condition;
import dev.backease.content.Guide;
import dev.backease.content.Mode;
import dev.backease.content.Technique;
import dev.backease.content.Tool;
import dev.backease.screening.Intake;
import dev.backease.screening.ScreeningResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Chooses the preparation and aftercare points of a plan from the guide's content and the answers. */
final class CarePlanner {
    private static final List<String> STRETCHES =
            List.of("knee_to_chest", "supine_trunk_rotation", "standing_hamstring_stretch");

    private final Guide guide;

    CarePlanner(Guide guide) {
        this.guide = guide;
    }

    List<CarePoint> preparation(Intake intake, ScreeningResult screening, boolean capped) {
        List<CarePoint> points = new ArrayList<>();
        if (capped) {
            points.add(prep("session_length"));
        }
        points.add(prep("room_temperature"));
        points.add(prep("surface"));
        points.add(prep("towels_and_pillows"));
        points.add(prep(oilItem(intake)));
        if (heatAllowed(intake, screening)) {
            points.add(prep("heat_before"));
        }
        if (intake.mode() == Mode.PARTNER) {
            points.add(prep("consent_plan"));
            points.add(prep("ask_first"));
        } else {
            points.add(prep("self_check"));
        }
        return points;
    }

    List<CarePoint> aftercare(Intake intake, ScreeningResult screening) {
        List<CarePoint> points = new ArrayList<>();
        stretches(screening).ifPresent(points::add);
        if (heatAllowed(intake, screening)) {
            points.add(after("heat_after"));
        }
        points.add(after("water"));
        points.add(after("soreness_normal"));
        points.add(after("cold_pack"));
        points.add(after("when_to_get_help"));
        points.add(after("how_often"));
        return points;
    }

    /** Oil by skin: an allergy outranks sensitivity, which outranks the everyday choice. */
    private static String oilItem(Intake intake) {
        if (intake.has(Condition.OIL_ALLERGY)) {
            return "oil_allergy";
        }
        return intake.has(Condition.SENSITIVE_SKIN) ? "oil_sensitive_skin" : "oil_light";
    }

    /** Heat only with something to heat with, and never on numb areas or open skin. */
    private static boolean heatAllowed(Intake intake, ScreeningResult screening) {
        boolean hasHeat = intake.has(Tool.HEAT_PAD) || intake.has(Tool.WARM_TOWEL);
        boolean unsafeSkin = intake.has(Condition.NUMB_AREA) || intake.has(Condition.OPEN_WOUND)
                || screening.avoidAreas().contains("numb_area");
        return hasHeat && !unsafeSkin && !screening.excludedTechniques().contains("heat");
    }

    /** The guide's stretches with their holds, leaving out any the screening excluded. */
    private Optional<CarePoint> stretches(ScreeningResult screening) {
        List<Technique> allowed = STRETCHES.stream()
                .filter(id -> !screening.excludedTechniques().contains(id))
                .map(guide::technique).toList();
        if (allowed.isEmpty()) {
            return Optional.empty();
        }
        if (allowed.size() == STRETCHES.size()) {
            return Optional.of(after("stretches"));
        }
        String list = allowed.stream().map(CarePlanner::describe).collect(Collectors.joining(", "));
        return Optional.of(new CarePoint("stretches",
                "Stretch gently after the massage, breathing slowly: " + list + "."));
    }

    private static String describe(Technique stretch) {
        var dose = stretch.plannedDose();
        String side = "side".equals(dose.per()) ? " to each side" : "";
        return stretch.name().toLowerCase(Locale.ROOT) + " for " + dose.holdSeconds() + " seconds" + side;
    }

    private CarePoint prep(String id) {
        return point(guide.preparationItem(id));
    }

    private CarePoint after(String id) {
        return point(guide.aftercareItem(id));
    }

    private static CarePoint point(CareItem item) {
        return new CarePoint(item.id(), item.text());
    }
}
