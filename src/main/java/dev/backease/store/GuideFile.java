package dev.backease.store;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.backease.content.ContentProblem;
import dev.backease.content.Guide;
import dev.backease.content.GuideValidator;
import dev.backease.content.Range;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads the guide's content file (YAML) and checks it. A broken file stops start-up with an
 * {@link InvalidContentException} naming the file, the entry and the problem.
 */
public final class GuideFile {
    public static final String DEFAULT_RESOURCE = "content/guide.yaml";

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .addMixIn(Range.class, RangeFields.class)
            .build();

    private GuideFile() {}

    /** The guide shipped with the program. */
    public static Guide loadDefault() {
        InputStream in = GuideFile.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE);
        if (in == null) {
            throw new InvalidContentException(DEFAULT_RESOURCE,
                    List.of(new ContentProblem("file", "is missing from the program")));
        }
        try (in) {
            return parse(DEFAULT_RESOURCE, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A guide file on disk, e.g. an edited copy. */
    public static Guide load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidContentException(file.toString(), List.of(new ContentProblem("file", "does not exist")));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(file.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Guide parse(String name, InputStream in) throws IOException {
        Guide guide = read(name, in);
        List<ContentProblem> problems = GuideValidator.validate(guide);
        if (!problems.isEmpty()) {
            throw new InvalidContentException(name, problems);
        }
        return guide;
    }

    private static Guide read(String name, InputStream in) throws IOException {
        try {
            Guide guide = YAML.readValue(in, Guide.class);
            if (guide == null) {
                throw new InvalidContentException(name, List.of(new ContentProblem("file", "is empty")));
            }
            return guide;
        } catch (JsonProcessingException e) {
            throw new InvalidContentException(name, List.of(describe(e)));
        }
    }

    /** Turns a parser error into "line 12, techniques[3].pressur: unknown field 'pressur'". */
    private static ContentProblem describe(JsonProcessingException e) {
        String line = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", ";
        String path = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        String entry = line + (path.isEmpty() ? "file" : path);
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new ContentProblem(entry, "unknown field '" + unknown.getPropertyName() + "'");
        }
        return new ContentProblem(entry, e.getOriginalMessage());
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            }
        }
        return path.toString();
    }

    /** Both ends of a range are required: a missing end must not quietly read as 0. */
    private abstract static class RangeFields {
        @JsonCreator
        RangeFields(@JsonProperty(value = "min", required = true) int min,
                @JsonProperty(value = "max", required = true) int max) {}
    }
}
