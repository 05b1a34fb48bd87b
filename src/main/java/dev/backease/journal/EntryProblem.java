package dev.backease.journal;

/** One thing wrong with an entry: the contract field path (e.g. {@code helped[1]}) and the problem. */
public record EntryProblem(String field, String problem) {}
