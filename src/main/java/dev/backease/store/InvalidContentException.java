package dev.backease.store;

import dev.backease.content.ContentProblem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The content file is broken, so the program must not start: the message names the file, the
 * entry and the problem, e.g. "content/guide.yaml: technique 'petrissage': pressure.max 12 is above 10".
 */
public final class InvalidContentException extends RuntimeException {
    private final String file;
    private final List<ContentProblem> problems;

    public InvalidContentException(String file, List<ContentProblem> problems) {
        super(message(file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public String file() {
        return file;
    }

    public List<ContentProblem> problems() {
        return problems;
    }

    private static String message(String file, List<ContentProblem> problems) {
        return problems.stream().map(problem -> file + ": " + problem).collect(Collectors.joining("\n"));
    }
}
