package dev.backease.journal;

import java.util.List;

/** An entry that may not be kept, with every problem found (not just the first). */
public final class InvalidEntryException extends RuntimeException {
    private final transient List<EntryProblem> problems;

    public InvalidEntryException(List<EntryProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<EntryProblem> problems() {
        return problems;
    }

    private static String summary(List<EntryProblem> problems) {
        return problems.stream().map(p -> p.field() + " " + p.problem()).reduce((a, b) -> a + "; " + b).orElse("invalid entry");
    }
}
