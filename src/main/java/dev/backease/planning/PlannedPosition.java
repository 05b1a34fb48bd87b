package dev.backease.planning;

/** The position chosen for the session, with how to get into it (and, in partner mode, the giver's stance). */
public record PlannedPosition(String id, String instructions) {}
