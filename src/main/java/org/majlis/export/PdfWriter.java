package org.majlis.export;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jspecify.annotations.Nullable;
import org.majlis.base.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link Doc} as PDF: builds XHTML (every text escaped) and renders it with openhtmltopdf, Amiri embedded,
 * ICU's bidi splitter and reorderer (without them Arabic comes out unjoined and reversed). openhtmltopdf does not
 * mirror {@code <table dir="rtl">}, so Arabic tables are written with their cells in reverse order. A4, landscape
 * when the document asks, page numbers at the foot, the header row repeated on every page.
 */
final class PdfWriter {

    private final Doc doc;
    private final Layout layout;
    private final FallbackMarks marks;
    private final boolean bidi;
    private final StringBuilder html = new StringBuilder(16_384);
    private final List<Bookmark> bookmarks = new ArrayList<>();
    private @Nullable String nextId;

    /** An entry of the PDF's outline (the viewer's bookmarks pane): chapters and sections. */
    private record Bookmark(int level, String title, String id) {
    }

    PdfWriter(Doc doc, Layout layout, FallbackMarks marks) {
        this(doc, layout, marks, true);
    }

    /** {@code bidi = false} only for tests that show what Arabic looks like without ICU's bidi support. */
    PdfWriter(Doc doc, Layout layout, FallbackMarks marks, boolean bidi) {
        this.doc = doc;
        this.layout = layout;
        this.marks = marks;
        this.bidi = bidi;
    }

    void write(OutputStream out) throws IOException {
        PdfLogging.install();
        var builder = new PdfRendererBuilder();
        builder.useFont((FSSupplier<InputStream>) ExportFonts::regular, ExportFonts.FAMILY, 400, FontStyle.NORMAL,
                true);
        builder.useFont((FSSupplier<InputStream>) ExportFonts::bold, ExportFonts.FAMILY, 700, FontStyle.NORMAL, true);
        if (bidi) {
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        }
        builder.defaultTextDirection(rightToLeft() ? TextDirection.RTL : TextDirection.LTR);
        builder.withHtmlContent(html(), null);
        builder.toStream(out);
        builder.run();
    }

    private boolean rightToLeft() {
        return !layout.sideBySide() && layout.language().isRightToLeft();
    }

    /** The XHTML the PDF is rendered from (package-private for tests). */
    String html() {
        html.setLength(0);
        bookmarks.clear();
        var language = layout.sideBySide() ? Language.EN : layout.language();
        var direction = rightToLeft() ? "rtl" : "ltr";
        BlockWalk.walk(doc, this::text, this::table, () -> html.append("<div class=\"break\"></div>"));
        html.append("</body></html>");
        var head = new StringBuilder(4096);
        head.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(language.code()).append("\" dir=\"").append(direction).append("\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>").append(escape(DocumentWriters.metadataTitle(doc, layout))).append("</title>")
                .append("<style>").append(css()).append("</style>");
        outline(head);
        head.append("</head><body class=\"").append(direction).append("\">");
        html.insert(0, head);
        return html.toString();
    }

    /** Chapters (level 1) with their sections (level 2) as the PDF's outline. */
    private void outline(StringBuilder head) {
        if (bookmarks.isEmpty()) {
            return;
        }
        head.append("<bookmarks>");
        boolean chapterOpen = false;
        for (var bookmark : bookmarks) {
            if (bookmark.level() == 1 && chapterOpen) {
                head.append("</bookmark>");
                chapterOpen = false;
            }
            head.append("<bookmark name=\"").append(escape(bookmark.title())).append("\" href=\"#")
                    .append(bookmark.id()).append('"');
            if (bookmark.level() == 1) {
                head.append('>');
                chapterOpen = true;
            } else {
                head.append("/>");
            }
        }
        if (chapterOpen) {
            head.append("</bookmark>");
        }
        head.append("</bookmarks>");
    }

    /** Registers a chapter or section heading for the outline and returns the id its element gets. */
    private @Nullable String bookmark(Doc.Block block) {
        if (!(block instanceof Doc.Heading heading) || heading.level() < 1 || heading.level() > 2) {
            return null;
        }
        var language = layout.sideBySide() ? Language.EN : layout.language();
        var title = Piece.of(heading.text(), language, marks).text().replaceAll("\\s+", " ").strip();
        if (title.isEmpty()) {
            return null;
        }
        var id = "s" + (bookmarks.size() + 1);
        bookmarks.add(new Bookmark(heading.level(), title, id));
        return id;
    }

    private String css() {
        return """
                @page { size: A4 %s; margin: 16mm 14mm 18mm 14mm;
                  @bottom-center { content: counter(page) " / " counter(pages); font-family: Amiri; font-size: 9pt;
                    color: #404040; } }
                body { font-family: Amiri; font-size: 11pt; line-height: 1.35; margin: 0; }
                .rtl { direction: rtl; text-align: right; }
                .ltr { direction: ltr; text-align: left; }
                h1, h2, h3, h4 { font-weight: bold; margin: 10pt 0 5pt 0; page-break-after: avoid; }
                h1.title { font-size: 18pt; margin-top: 0; }
                h1 { font-size: 16pt; } h2 { font-size: 14pt; } h3 { font-size: 12pt; }
                p { margin: 0 0 6pt 0; }
                p.note { font-size: 9pt; color: #404040; }
                .mark { color: #404040; }
                .break { page-break-after: always; }
                table { width: 100%%; border-collapse: collapse; margin: 0 0 10pt 0; -fs-table-paginate: paginate; }
                table.data th, table.data td { border: 0.5pt solid #707070; padding: 2pt 3pt; vertical-align: top;
                  word-wrap: break-word; font-size: %s; }
                table.data th { background-color: #e0e0e0; font-weight: bold; }
                table.data tr { page-break-inside: avoid; }
                table.side { table-layout: fixed; }
                table.side td { width: 33.3%%; vertical-align: top; padding: 0 5pt; }
                """.formatted(doc.landscape() ? "landscape" : "portrait", doc.landscape() ? "8.5pt" : "9.5pt");
    }

    /** Headings and paragraphs: in one language one after another; side by side a row of three cells each. */
    private void text(List<Doc.Block> blocks) {
        if (blocks.isEmpty()) {
            return;
        }
        if (!layout.sideBySide()) {
            for (var block : blocks) {
                nextId = bookmark(block);
                block(block, layout.language());
            }
            return;
        }
        html.append("<table class=\"side\">");
        for (var block : blocks) {
            var id = bookmark(block);
            html.append(id == null ? "<tr>" : "<tr id=\"" + id + "\">");
            for (var language : Language.values()) {
                html.append("<td class=\"").append(direction(language)).append("\">");
                block(block, language);
                html.append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</table>");
    }

    private void block(Doc.Block block, Language language) {
        switch (block) {
            case Doc.Heading heading -> {
                var level = Math.clamp(heading.level(), 0, 3);
                var tag = level == 0 ? "h1" : "h" + (level + 1);
                element(tag, level == 0 ? "title" : "", Piece.of(heading.text(), language, marks), language);
            }
            case Doc.Paragraph text -> element("p", text.note() ? "note" : "",
                    Piece.of(text.text(), language, marks), language);
            default -> throw new IllegalStateException("not a text block: " + block);
        }
    }

    /** An element in the direction of its text's language (a fallback keeps its own), the mark first. */
    private void element(String tag, String cssClass, Piece piece, Language language) {
        var textDirection = direction(piece.textLanguage());
        html.append('<').append(tag);
        if (nextId != null) {
            html.append(" id=\"").append(nextId).append('"');
            nextId = null;
        }
        html.append(" dir=\"").append(textDirection).append("\" lang=\"")
                .append(piece.textLanguage().code()).append("\" class=\"").append(textDirection);
        if (!cssClass.isEmpty()) {
            html.append(' ').append(cssClass);
        }
        html.append("\">");
        content(piece, language);
        html.append("</").append(tag).append('>');
    }

    private void content(Piece piece, Language language) {
        if (piece.fallback()) {
            html.append("<span class=\"mark\" lang=\"").append(language.code()).append("\">")
                    .append(escape(piece.mark())).append("</span> ");
        }
        html.append(escape(piece.text()).replace("\n", "<br/>"));
    }

    /** A table in the document's language; side by side, the table once per language one after another. */
    private void table(Doc.Table table) {
        if (!layout.sideBySide()) {
            table(table, layout.language());
            return;
        }
        for (var language : Language.values()) {
            table(table, language);
        }
    }

    private void table(Doc.Table table, Language language) {
        var direction = direction(language);
        html.append("<table class=\"data ").append(direction).append("\"><thead><tr>");
        for (var header : ordered(table.headers(), language)) {
            cell("th", Piece.of(header, language, marks), language);
        }
        html.append("</tr></thead><tbody>");
        for (var row : table.rows()) {
            html.append("<tr>");
            var cells = new ArrayList<>(row);
            while (cells.size() < table.headers().size()) {
                cells.add(Translated.empty());
            }
            for (var cell : ordered(cells, language)) {
                cell("td", Piece.of(cell, language, marks), language);
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    /** Right-to-left tables are written in reverse order: openhtmltopdf does not mirror columns itself. */
    private static <T> List<T> ordered(List<T> cells, Language language) {
        return language.isRightToLeft() ? cells.reversed() : cells;
    }

    private void cell(String tag, Piece piece, Language language) {
        var textDirection = direction(piece.textLanguage());
        html.append('<').append(tag).append(" dir=\"").append(textDirection).append("\" class=\"")
                .append(textDirection).append("\">");
        content(piece, language);
        html.append("</").append(tag).append('>');
    }

    private static String direction(Language language) {
        return language.isRightToLeft() ? "rtl" : "ltr";
    }

    /** XML-escapes text and drops characters XML cannot hold (control characters other than tab and line feed). */
    static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\r' -> {
                }
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
