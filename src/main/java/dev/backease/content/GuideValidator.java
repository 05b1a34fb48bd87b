package dev.backease.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a loaded guide before anything uses it: every id the contract and planner rely on is
 * there, every figure is a sane range, pressure stays on the 0-10 scale, and every entry names a
 * real section heading of the guide as its source. Pure: returns the problems, throws nothing.
 */
public final class GuideValidator {
    private final List<ContentProblem> problems = new ArrayList<>();
    private Set<String> sections = Set.of();

    private GuideValidator() {}

    public static List<ContentProblem> validate(Guide guide) {
        GuideValidator validator = new GuideValidator();
        validator.check(guide);
        return List.copyOf(validator.problems);
    }

    private void check(Guide guide) {
        sections = new HashSet<>(guide.sections());
        if (guide.sections().isEmpty()) {
            problem("sections", "the list of guide section headings is missing");
        }
        guide.sections().stream().filter(GuideValidator::blank).findAny()
                .ifPresent(blank -> problem("sections", "a section heading is blank"));
        checkScale(guide.pressureScale());
        checkSession(guide.session());
        guide.techniques().forEach(this::checkTechnique);
        guide.positions().forEach(this::checkPosition);
        guide.toolUses().forEach(this::checkToolUse);
        guide.preparation().forEach(item -> checkCareItem("preparation", item));
        guide.aftercare().forEach(item -> checkCareItem("aftercare", item));
        guide.stopSigns().forEach(this::checkStopSign);
        guide.referralRules().forEach(this::checkReferralRule);
        requireIds("technique", ContentIds.TECHNIQUES, guide.techniques().stream().map(Technique::id).toList());
        requireIds("position", ContentIds.POSITIONS, guide.positions().stream().map(Position::id).toList());
        requireIds("preparation", ContentIds.PREPARATION, guide.preparation().stream().map(CareItem::id).toList());
        requireIds("aftercare", ContentIds.AFTERCARE, guide.aftercare().stream().map(CareItem::id).toList());
    }

    private void checkScale(PressureScale scale) {
        if (scale == null) {
            problem("pressureScale", "is missing");
            return;
        }
        checkBand("pressureScale.light", scale.light());
        checkBand("pressureScale.moderate", scale.moderate());
    }

    private void checkBand(String entry, PressureBand band) {
        if (band == null) {
            problem(entry, "is missing");
            return;
        }
        checkPressure(entry, "range", band.range());
        checkSource(entry, band.source());
    }

    private void checkSession(SessionLength session) {
        if (session == null) {
            problem("session", "is missing");
            return;
        }
        checkRange("session", "minutes", session.minutes(), true);
        checkRange("session", "timesPerDay", session.timesPerDay(), true);
        checkSource("session", session.source());
    }

    private void checkTechnique(Technique technique) {
        String entry = "technique '" + technique.id() + "'";
        if (blank(technique.id())) {
            problem("technique", "has no id");
        }
        requireText(entry, "name", technique.name());
        requireText(entry, "summary", technique.summary());
        requireText(entry, "instructions", technique.instructions());
        requireText(entry, "area", technique.area());
        requireText(entry, "direction", technique.direction());
        requireText(entry, "pressureBand", technique.pressureBand());
        if (technique.kind() == null) {
            problem(entry, "kind is missing");
        }
        if ("spine".equals(technique.area())) {
            problem(entry, "area must not be the spine: the guide keeps pressure off it");
        }
        if (technique.modes() == null || technique.modes().isEmpty()) {
            problem(entry, "modes is missing");
        }
        checkPressure(entry, "pressure", technique.pressure());
        checkDoses(entry, technique.doses());
        checkSource(entry, technique.source());
    }

    private void checkDoses(String entry, List<Dose> doses) {
        if (doses == null || doses.isEmpty()) {
            problem(entry, "doses is missing: every technique needs the guide's figures");
            return;
        }
        for (int i = 0; i < doses.size(); i++) {
            checkDose(entry, "doses[" + i + "]", doses.get(i));
        }
    }

    private void checkDose(String entry, String field, Dose dose) {
        if (!dose.hasAnyFigure()) {
            problem(entry, field + " has no figure");
        }
        checkRange(entry, field + ".repetitions", dose.repetitions(), false);
        checkRange(entry, field + ".secondsPerRepetition", dose.secondsPerRepetition(), false);
        checkRange(entry, field + ".holdSeconds", dose.holdSeconds(), false);
        checkRange(entry, field + ".minutes", dose.minutes(), false);
        checkRange(entry, field + ".inchesPerSecond", dose.inchesPerSecond(), false);
        checkRange(entry, field + ".shiftInches", dose.shiftInches(), false);
        checkSource(entry, field + ".source", dose.source());
    }

    private void checkPosition(Position position) {
        String entry = "position '" + position.id() + "'";
        requireText(entry, "name", position.name());
        requireText(entry, "instructions", position.instructions());
        if (position.modes() == null || position.modes().isEmpty()) {
            problem(entry, "modes is missing");
        }
        checkSource(entry, position.source());
    }

    private void checkToolUse(ToolUse use) {
        String entry = "tool use '" + (use.tool() == null ? null : use.tool().id()) + "'";
        if (use.tool() == null) {
            problem(entry, "tool is missing");
        }
        requireText(entry, "use", use.use());
        checkSource(entry, use.source());
    }

    private void checkCareItem(String kind, CareItem item) {
        String entry = kind + " '" + item.id() + "'";
        requireText(entry, "text", item.text());
        checkNumbers(entry, item.numbers());
        checkSource(entry, item.source());
    }

    private void checkStopSign(StopSign sign) {
        String entry = "stop sign '" + sign.id() + "'";
        requireText(entry, "text", sign.text());
        checkSource(entry, sign.source());
    }

    private void checkReferralRule(ReferralRule rule) {
        String entry = "referral rule '" + rule.id() + "'";
        requireText(entry, "text", rule.text());
        if (!ReferralRule.URGENCIES.contains(rule.urgency())) {
            problem(entry, "urgency '" + rule.urgency() + "' is not one of " + String.join(", ", ReferralRule.URGENCIES));
        }
        checkNumbers(entry, rule.numbers());
        checkSource(entry, rule.source());
    }

    private void checkNumbers(String entry, Map<String, Range> numbers) {
        numbers.forEach((unit, range) -> checkRange(entry, "numbers." + unit, range, true));
    }

    private void checkPressure(String entry, String field, Range range) {
        if (!checkRange(entry, field, range, true)) {
            return;
        }
        if (range.max() > 10) {
            problem(entry, field + ".max " + range.max() + " is above 10");
        }
    }

    /** True when the range is present (or optional and absent) and well formed. */
    private boolean checkRange(String entry, String field, Range range, boolean required) {
        if (range == null) {
            if (required) {
                problem(entry, field + " is missing");
            }
            return false;
        }
        if (range.min() < 0) {
            problem(entry, field + ".min " + range.min() + " is below 0");
            return false;
        }
        if (!range.isOrdered()) {
            problem(entry, field + ".min " + range.min() + " is above " + field + ".max " + range.max());
            return false;
        }
        return true;
    }

    private void checkSource(String entry, String source) {
        checkSource(entry, "source", source);
    }

    private void checkSource(String entry, String field, String source) {
        if (blank(source)) {
            problem(entry, field + " is missing: name the guide section heading it comes from");
        } else if (!sections.contains(source)) {
            problem(entry, field + " '" + source + "' is not a section heading of the guide");
        }
    }

    private void requireText(String entry, String field, String text) {
        if (blank(text)) {
            problem(entry, field + " is missing");
        }
    }

    private void requireIds(String kind, List<String> required, List<String> present) {
        Set<String> seen = new HashSet<>();
        present.stream().filter(id -> !seen.add(id)).distinct()
                .forEach(id -> problem(kind + " '" + id + "'", "is defined more than once"));
        required.stream().filter(id -> !seen.contains(id))
                .forEach(id -> problem(kind + " '" + id + "'", "is missing: the program relies on it"));
    }

    private void problem(String entry, String problem) {
        problems.add(new ContentProblem(entry, problem));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
