package org.majlis.export;

import org.majlis.base.Language;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Writes documents and sheets as files. Thread-safe (every call builds its own writer; the font bytes are shared
 * read-only); called off the UI thread. The caller owns {@code out}: it is flushed, never closed.
 */
@Component
public class DocumentWriters {

    /**
     * Writes a report as DOCX or PDF.
     *
     * @param marks the mark before text shown in place of a missing translation
     */
    public void write(Doc doc, Format format, Layout layout, FallbackMarks marks, OutputStream out)
            throws IOException {
        switch (format) {
            case DOCX -> new DocxWriter(doc, layout, marks).write(out);
            case PDF -> new PdfWriter(doc, layout, marks).write(out);
            case XLSX, CSV -> throw new IllegalArgumentException(format + " writes sheets, not documents");
        }
        out.flush();
    }

    /**
     * Writes tables as XLSX (one sheet each; right-to-left sheets for Arabic) or CSV (exactly one sheet; UTF-8 with
     * a byte order mark).
     */
    public void write(List<Sheet> sheets, Format format, Language language, FallbackMarks marks, OutputStream out)
            throws IOException {
        switch (format) {
            case XLSX -> new XlsxWriter(language, marks).write(sheets, out);
            case CSV -> {
                if (sheets.size() != 1) {
                    throw new IllegalArgumentException("A CSV file holds exactly one sheet, not " + sheets.size());
                }
                new CsvWriter(language, marks).write(sheets.getFirst(), out);
            }
            case DOCX, PDF -> throw new IllegalArgumentException(format + " writes documents, not sheets");
        }
        out.flush();
    }

    /**
     * The title in the file's metadata: the title in the document's language (without a fallback mark), or side by
     * side the distinct titles of the three languages joined by " / "; on one line, without control characters.
     */
    static String metadataTitle(Doc doc, Layout layout) {
        if (!layout.sideBySide()) {
            var shown = doc.title().shown(layout.language());
            return shown == null ? "" : oneLine(shown.text());
        }
        var titles = new LinkedHashSet<String>();
        for (var language : Language.values()) {
            var title = doc.title().get(language);
            if (title != null) {
                titles.add(oneLine(title));
            }
        }
        return String.join(" / ", titles);
    }

    private static String oneLine(String text) {
        return Piece.clean(text).replaceAll("\\s+", " ").strip();
    }
}
