package dev.backease.web.pages;

import dev.backease.content.Dose;
import dev.backease.content.Guide;
import dev.backease.content.Range;
import dev.backease.content.Technique;
import dev.backease.content.TechniqueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The guide's techniques as the technique pages show them. */
public final class GuideTechniques implements TechniqueLibrary {
    private final List<TechniqueCard> cards;

    public GuideTechniques(Guide guide) {
        this.cards = guide.techniques().stream().map(GuideTechniques::card).toList();
    }

    @Override
    public List<TechniqueCard> all() {
        return cards;
    }

    static TechniqueCard card(Technique technique) {
        return new TechniqueCard(technique.id(), technique.name(), technique.kind().id(), technique.summary(),
                technique.instructions(), pressure(technique), time(technique), technique.cautions(),
                picture(technique), technique.source());
    }

    private static String pressure(Technique technique) {
        Range range = technique.pressure();
        if (range == null || range.max() == 0) {
            return "No pressure: this is a stretch or a warm-up, not massage.";
        }
        return technique.pressureBand().replace('_', ' ') + " (" + span(range) + " on the 0–10 scale)";
    }

    private static String time(Technique technique) {
        List<Dose> doses = technique.doses() == null ? List.of() : technique.doses();
        if (doses.size() == 1) {
            return describe(doses.get(0));
        }
        return doses.stream().map(dose -> describe(dose) + " (" + dose.source() + ")")
                .collect(Collectors.joining("; "));
    }

    private static String describe(Dose dose) {
        String per = dose.per() == null ? "" : " per " + dose.per();
        List<String> parts = new ArrayList<>();
        if (dose.repetitions() != null) {
            parts.add(span(dose.repetitions()) + " times" + per);
        }
        if (dose.secondsPerRepetition() != null) {
            parts.add(span(dose.secondsPerRepetition()) + " s each");
        }
        if (dose.holdSeconds() != null) {
            parts.add("hold " + span(dose.holdSeconds()) + " s" + per);
        }
        if (dose.minutes() != null) {
            parts.add(span(dose.minutes()) + " min");
        }
        if (dose.inchesPerSecond() != null) {
            parts.add("about " + span(dose.inchesPerSecond()) + " inches a second");
        }
        return parts.isEmpty() ? "as long as it feels comfortable" : String.join(", ", parts);
    }

    private static List<String> picture(Technique technique) {
        List<String> ids = new ArrayList<>(switch (technique.area()) {
            case "back_of_thighs" -> List.of("hips", "glutes");
            case "lower_back_both_sides" -> List.of("paraspinal_left", "paraspinal_right", "hips");
            default -> List.of("paraspinal_left", "paraspinal_right");
        });
        if (technique.kind() != TechniqueKind.STRETCH) {
            switch (technique.direction()) {
                case "sacrum_to_ribs" -> ids.add("arrow_up");
                case "ribs_to_hips" -> ids.add("arrow_down");
                case "small_circles" -> ids.add("arrow_circle");
                default -> ids.add("arrow_hold");
            }
        }
        return ids;
    }

    private static String span(Range range) {
        return range.min() == range.max() ? String.valueOf(range.min()) : range.min() + "–" + range.max();
    }
}
