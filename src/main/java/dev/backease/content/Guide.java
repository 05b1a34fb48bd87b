package dev.backease.content;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The guide as data: its section headings, pressure scale, session length, techniques,
 * positions, tool uses, preparation and aftercare points, stop signs and referral rules.
 * Loaded from content/guide.yaml and checked by {@link GuideValidator} before use.
 *
 * @param sections the guide's section headings, exactly as written; every entry's source is one of them
 */
public record Guide(
        List<String> sections,
        PressureScale pressureScale,
        SessionLength session,
        List<Technique> techniques,
        List<Position> positions,
        List<ToolUse> toolUses,
        List<CareItem> preparation,
        List<CareItem> aftercare,
        List<StopSign> stopSigns,
        List<ReferralRule> referralRules) {

    public Guide {
        sections = copy(sections);
        techniques = copy(techniques);
        positions = copy(positions);
        toolUses = copy(toolUses);
        preparation = copy(preparation);
        aftercare = copy(aftercare);
        stopSigns = copy(stopSigns);
        referralRules = copy(referralRules);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public Optional<Technique> findTechnique(String id) {
        return techniques.stream().filter(technique -> technique.id().equals(id)).findFirst();
    }

    public Technique technique(String id) {
        return findTechnique(id).orElseThrow(() -> new NoSuchElementException("no technique '" + id + "'"));
    }

    public Position position(String id) {
        return positions.stream().filter(position -> position.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no position '" + id + "'"));
    }

    public CareItem preparationItem(String id) {
        return find(preparation, id, "preparation");
    }

    public CareItem aftercareItem(String id) {
        return find(aftercare, id, "aftercare");
    }

    public Optional<ToolUse> toolUse(Tool tool) {
        return toolUses.stream().filter(use -> use.tool() == tool).findFirst();
    }

    private static CareItem find(List<CareItem> items, String id, String kind) {
        return items.stream().filter(item -> item.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no " + kind + " item '" + id + "'"));
    }
}
