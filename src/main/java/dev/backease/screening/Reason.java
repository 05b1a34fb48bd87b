package dev.backease.screening;

/** Why a rule fired: its id, a sentence a person can read, and the guide section it comes from. */
public record Reason(String rule, String message, String source) {}
