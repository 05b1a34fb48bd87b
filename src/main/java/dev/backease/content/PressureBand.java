package dev.backease.content;

/** A named band of the 0-10 pressure scale; note says when the numbers are our reading of the guide. */
public record PressureBand(Range range, String source, String note) {}
