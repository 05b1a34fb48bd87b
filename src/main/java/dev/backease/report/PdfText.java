package dev.backease.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes any text printable in a standard 14 font (WinAnsi encoding only): characters the font cannot
 * show become a close ASCII stand-in or '?', so a note written in Greek or with emoji never breaks
 * the export. Also measures and wraps lines.
 */
final class PdfText {
    private static final Map<Integer, String> STAND_INS = Map.of(
            0x2192, "->", 0x2190, "<-", 0x2264, "<=", 0x2265, ">=", 0x2212, "-", 0x00A0, " ");

    private final PDFont font;
    private final Map<Integer, Boolean> printable = new HashMap<>();

    PdfText(PDFont font) {
        this.font = font;
    }

    PDFont font() {
        return font;
    }

    String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(printable(cp)));
        return out.toString();
    }

    private String printable(int codePoint) {
        if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
            return " ";
        }
        if (STAND_INS.containsKey(codePoint)) {
            return STAND_INS.get(codePoint);
        }
        String character = new String(Character.toChars(codePoint));
        return printable.computeIfAbsent(codePoint, cp -> canEncode(character)) ? character : "?";
    }

    private boolean canEncode(String character) {
        try {
            font.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    float width(String safeText, float size) {
        try {
            return font.getStringWidth(safeText) / 1000f * size;
        } catch (IOException e) {
            throw new IllegalStateException("cannot measure text in " + font.getName(), e);
        }
    }

    /** Safe lines no wider than {@code maxWidth}; a word longer than a line is cut. */
    List<String> wrap(String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.replace("\r\n", "\n").split("[\n\r]", -1)) {
            wrapParagraph(safe(paragraph).strip(), size, maxWidth, lines);
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    private void wrapParagraph(String paragraph, float size, float maxWidth, List<String> lines) {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, size) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            line.setLength(0);
            line.append(cutLongWord(word, size, maxWidth, lines));
        }
        lines.add(line.toString());
    }

    private String cutLongWord(String word, float size, float maxWidth, List<String> lines) {
        String rest = word;
        while (width(rest, size) > maxWidth && rest.length() > 1) {
            int end = rest.length() - 1;
            while (end > 1 && width(rest.substring(0, end), size) > maxWidth) {
                end--;
            }
            lines.add(rest.substring(0, end));
            rest = rest.substring(end);
        }
        return rest;
    }
}
