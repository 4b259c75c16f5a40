package org.majlis.export;

import java.util.List;

/**
 * A report as a writer sees it: a title and blocks in order. Every text is {@link Translated}, so one document gives
 * the file in any one language or the three side by side ({@link Layout}).
 *
 * @param title     the document's title (the first heading and the file's metadata title)
 * @param landscape pages in landscape (the matrix as a table)
 * @param blocks    the content in order
 */
public record Doc(Translated title, boolean landscape, List<Block> blocks) {

    public Doc {
        blocks = List.copyOf(blocks);
    }

    /** A part of a document. */
    public sealed interface Block permits Heading, Paragraph, Table, PageBreak {
    }

    /** A heading; level 1 is a chapter (a room's report in the final report), 2 a section, 3 a sub-section. */
    public record Heading(int level, Translated text) implements Block {
    }

    /**
     * A paragraph; line breaks in the text are kept. {@code note} marks secondary text (a date line, "no statement"),
     * which writers may set smaller or in grey (with enough contrast to read).
     */
    public record Paragraph(Translated text, boolean note) implements Block {

        public Paragraph(Translated text) {
            this(text, false);
        }
    }

    /** A table with a header row (repeated on every page where the format allows). */
    public record Table(List<Translated> headers, List<List<Translated>> rows) implements Block {

        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** The next block starts on a new page. */
    public record PageBreak() implements Block {
    }
}
