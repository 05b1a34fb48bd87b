package dev.backease.planning;

/** One preparation or aftercare item of a plan. */
public record CarePoint(String id, String text) {}
