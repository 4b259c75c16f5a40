package org.majlis.export;

import org.majlis.base.Language;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes documents and sheets as files. Thread-safe; called off the UI thread. (API fixed for issue 11; the writers
 * land on branch i11-export.)
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
        throw new UnsupportedOperationException("not written yet");
    }

    /**
     * Writes tables as XLSX (one sheet each; right-to-left sheets for Arabic) or CSV (exactly one sheet; UTF-8 with
     * a byte order mark).
     */
    public void write(List<Sheet> sheets, Format format, Language language, FallbackMarks marks, OutputStream out)
            throws IOException {
        throw new UnsupportedOperationException("not written yet");
    }
}
