package dev.backease.content;

/** One thing wrong with the content: which entry, and what is wrong with it. */
public record ContentProblem(String entry, String problem) {
    @Override
    public String toString() {
        return entry + ": " + problem;
    }
}
