package dev.backease.content;

/** The agreed 0-10 pressure scale: light is the guide's 2-3; moderate is our reading of "keep pressure moderate". */
public record PressureScale(PressureBand light, PressureBand moderate) {}
