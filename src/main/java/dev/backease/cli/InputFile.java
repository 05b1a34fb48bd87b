package dev.backease.cli;

import dev.backease.json.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A JSON document named on the command line ({@code -} for stdin). Every problem is reported as
 * {@code FILE: FIELD: PROBLEM}, one per line, so the person knows where to look.
 */
public final class InputFile {
    private final String name;
    private final InputStream stdin;

    public InputFile(String name, InputStream stdin) {
        this.name = name;
        this.stdin = stdin;
    }

    /** Reads and parses the document, turning its problems into one bad-input message. */
    public <T> T read(Function<byte[], T> reader) {
        byte[] bytes = bytes();
        try {
            return reader.apply(bytes);
        } catch (InvalidInputException e) {
            throw new BadInputException(e.errors().stream()
                    .map(error -> label() + ": " + (error.field().isEmpty() ? "$" : error.field()) + ": "
                            + error.problem())
                    .collect(Collectors.joining(System.lineSeparator())));
        }
    }

    private byte[] bytes() {
        try {
            if (name.equals("-")) {
                return stdin.readAllBytes();
            }
            return Files.readAllBytes(Path.of(name));
        } catch (NoSuchFileException e) {
            throw new BadInputException(label() + ": no such file");
        } catch (AccessDeniedException e) {
            throw new BadInputException(label() + ": not allowed to read the file");
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(label() + ": cannot read the file (" + e.getMessage() + ")");
        }
    }

    private String label() {
        return name.equals("-") ? "stdin" : name;
    }
}
