package dev.backease.web.pages;

import java.util.List;

/**
 * One technique or stretch as its page shows it.
 *
 * @param id the contract's technique id, also the page's address (/techniques/{id})
 * @param kind massage, stretch or heat
 * @param pictureAreas ids of the lower-back picture to highlight (paraspinal_left, glutes, ...)
 * @param time the guide's figures in words ("4–6 strokes of 5–10 s")
 */
public record TechniqueCard(String id, String name, String kind, String summary, String instructions,
        String pressure, String time, List<String> cautions, List<String> pictureAreas, String source) {

    public TechniqueCard {
        cautions = List.copyOf(cautions);
        pictureAreas = List.copyOf(pictureAreas);
    }

    /** The CSS classes that light up this technique's areas on the inlined picture. */
    public String pictureClasses() {
        return String.join(" ", pictureAreas.stream().map(area -> "show-" + area).toList());
    }
}
