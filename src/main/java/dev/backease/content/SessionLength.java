package dev.backease.content;

/** How long and how often to massage. */
public record SessionLength(Range minutes, Range timesPerDay, String source) {}
