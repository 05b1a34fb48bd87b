package dev.backease.web.pages;

import dev.backease.planning.CarePoint;
import java.util.List;

/**
 * The player page. The plan and intake travel as JSON data (never executable script) for the
 * player module; the picture is the project's lower-back SVG, inlined so CSS classes can light it up.
 */
public record PlayerView(
        Chrome chrome,
        boolean hasSteps,
        String planJson,
        String intakeJson,
        String picture,
        String emergencyNumber,
        int comfortMax,
        List<CarePoint> aftercare) {}
