package dev.backease.web.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The project's lower-back drawing, read once from the static files so pages can inline it. */
final class Picture {
    static final String RESOURCE = "/public/img/lower-back.svg";

    private Picture() {}

    static String lowerBack() {
        try (InputStream in = Picture.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE + " on the classpath");
            }
            String svg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int start = svg.indexOf("<svg");
            return start < 0 ? svg : svg.substring(start);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
