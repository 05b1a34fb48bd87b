package dev.backease.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * Writes text top to bottom on A4 pages, starting a new page when the next block does not fit.
 * Everything is in PDF points; {@link #y} is the top of the next block.
 */
final class PdfFlow implements AutoCloseable {
    static final float MARGIN = 50;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    static final float BODY = 10;
    static final float LEADING = 13;
    private static final float BOTTOM = MARGIN + 20; // room for the footer

    final PDDocument document = new PDDocument();
    final PdfText regular = new PdfText(new PDType1Font(FontName.HELVETICA));
    final PdfText bold = new PdfText(new PDType1Font(FontName.HELVETICA_BOLD));
    private PDPageContentStream stream;
    private float y;

    PdfFlow() throws IOException {
        newPage();
    }

    PDPageContentStream stream() {
        return stream;
    }

    float y() {
        return y;
    }

    void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** Starts a new page unless {@code height} more points fit on this one. */
    void ensure(float height) throws IOException {
        if (!fits(height)) {
            newPage();
        }
    }

    boolean fits(float height) {
        return y - height >= BOTTOM;
    }

    void down(float points) {
        y -= points;
    }

    void heading(String text, float size) throws IOException {
        ensure(size + LEADING * 3); // never leave a heading alone at the foot of a page
        down(size * 0.4f);
        line(bold, text, size, MARGIN);
        down(4);
    }

    void paragraph(String text) throws IOException {
        paragraph(regular, text, MARGIN, WIDTH);
    }

    void paragraph(PdfText font, String text, float x, float width) throws IOException {
        for (String line : font.wrap(text, BODY, width)) {
            ensure(LEADING);
            bodyLine(font, line, x);
        }
    }

    void bullet(String text) throws IOException {
        List<String> lines = regular.wrap(text, BODY, WIDTH - 12);
        for (int i = 0; i < lines.size(); i++) {
            ensure(LEADING);
            if (i == 0) {
                show(regular, "-", BODY, MARGIN + 2, y - BODY);
            }
            bodyLine(regular, lines.get(i), MARGIN + 12);
        }
    }

    private void line(PdfText font, String text, float size, float x) throws IOException {
        ensure(size + 3);
        show(font, font.safe(text), size, x, y - size);
        down(size + 3);
    }

    private void bodyLine(PdfText font, String safeText, float x) throws IOException {
        show(font, safeText, BODY, x, y - BODY);
        down(LEADING);
    }

    /** Shows text whose baseline is at {@code baseline}; the text must already be safe. */
    void show(PdfText font, String safeText, float size, float x, float baseline) throws IOException {
        stream.beginText();
        stream.setFont(font.font(), size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(safeText);
        stream.endText();
    }

    /** One table row: each cell wraps within its column; the row is as tall as its tallest cell. */
    void row(PdfText font, List<String> cells, float[] widths) throws IOException {
        List<List<String>> wrapped = new java.util.ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> cell = font.wrap(cells.get(i), BODY, widths[i] - 6);
            wrapped.add(cell);
            lines = Math.max(lines, cell.size());
        }
        float x = MARGIN;
        for (int i = 0; i < wrapped.size(); i++) {
            float baseline = y - BODY;
            for (String line : wrapped.get(i)) {
                show(font, line, BODY, x, baseline);
                baseline -= LEADING;
            }
            x += widths[i];
        }
        down(lines * LEADING + 2);
    }

    /** Height a row will need, so a caller can start a new page (and repeat the header) first. */
    float rowHeight(PdfText font, List<String> cells, float[] widths) {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, font.wrap(cells.get(i), BODY, widths[i] - 6).size());
        }
        return lines * LEADING + 2;
    }

    /** Puts {@code footer} plus "page i of n" at the foot of every page, then saves. */
    byte[] finish(String footer) throws IOException {
        stream.close();
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i),
                    AppendMode.APPEND, true, true)) {
                String text = regular.safe(footer + " - page " + (i + 1) + " of " + pages);
                foot.beginText();
                foot.setFont(regular.font(), 8);
                foot.newLineAtOffset(MARGIN, MARGIN - 10);
                foot.showText(text);
                foot.endText();
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
