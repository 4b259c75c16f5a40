package org.majlis.export;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.majlis.base.Language;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

/**
 * Writes a {@link Doc} as a Word document (Apache POI XWPF). Arabic paragraphs are right-to-left ({@code w:bidi}),
 * their runs {@code w:rtl} with the Arabic language and a complex-script font, Arabic tables {@code bidiVisual} (the
 * first column on the right). Headings use Word's heading styles, so the navigation pane lists them. One instance per
 * document (not thread-safe; {@link DocumentWriters} makes a new one each time).
 */
final class DocxWriter {

    /** A4 in twentieths of a point. */
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int MARGIN = 1134;
    private static final String NOTE_COLOUR = "4D4D4D";
    private static final int NOTE_HALF_POINTS = 18;
    private static final String HEADER_SHADE = "E0E0E0";

    private final Doc doc;
    private final Layout layout;
    private final FallbackMarks marks;
    private final XWPFDocument document = new XWPFDocument();

    DocxWriter(Doc doc, Layout layout, FallbackMarks marks) {
        this.doc = doc;
        this.layout = layout;
        this.marks = marks;
    }

    void write(OutputStream out) throws IOException {
        try (document) {
            styles();
            page();
            document.getProperties().getCoreProperties().setTitle(DocumentWriters.metadataTitle(doc, layout));
            BlockWalk.walk(doc, this::text, this::table,
                    () -> document.createParagraph().createRun().addBreak(BreakType.PAGE));
            footer();
            document.write(out);
        }
    }

    // ---- text blocks ------------------------------------------------------------------------------------------

    /** Headings and paragraphs: in one language one after another; side by side a row of three cells each. */
    private void text(List<Doc.Block> blocks) {
        if (blocks.isEmpty()) {
            return;
        }
        if (!layout.sideBySide()) {
            for (var block : blocks) {
                block(document.createParagraph(), block, layout.language());
            }
            return;
        }
        var languages = Language.values();
        var table = document.createTable(blocks.size(), languages.length);
        table.setWidth("100%");
        noBorders(table);
        for (int row = 0; row < blocks.size(); row++) {
            for (int column = 0; column < languages.length; column++) {
                var cell = table.getRow(row).getCell(column);
                cell.setWidth(String.format("%.1f%%", 100.0 / languages.length));
                block(cell.getParagraphs().getFirst(), blocks.get(row), languages[column]);
            }
        }
        document.createParagraph();
    }

    private void block(XWPFParagraph paragraph, Doc.Block block, Language language) {
        switch (block) {
            case Doc.Heading heading -> {
                paragraph.setStyle(heading.level() == 0 ? "Title" : "Heading" + Math.clamp(heading.level(), 1, 3));
                fill(paragraph, Piece.of(heading.text(), language, marks), language, Look.NORMAL);
            }
            case Doc.Paragraph text -> fill(paragraph, Piece.of(text.text(), language, marks), language,
                    text.note() ? Look.NOTE : Look.NORMAL);
            default -> throw new IllegalStateException("not a text block: " + block);
        }
    }

    /**
     * Writes a piece into a paragraph in the direction of the language its text is written in (a fallback keeps its
     * own direction): the italic mark in the document's {@code language} first, then the text.
     */
    private void fill(XWPFParagraph paragraph, Piece piece, Language language, Look look) {
        direction(paragraph, piece.textLanguage());
        if (piece.fallback()) {
            var mark = paragraph.createRun();
            run(mark, language, look, true);
            mark.setText(piece.mark() + " ");
        }
        var run = paragraph.createRun();
        run(run, piece.textLanguage(), look, false);
        var lines = piece.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    /** How a run looks besides its language. */
    private enum Look {
        NORMAL, NOTE, HEADER
    }

    private static void direction(XWPFParagraph paragraph, Language language) {
        if (language.isRightToLeft()) {
            CTPPr pPr = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
            if (!pPr.isSetBidi()) {
                pPr.addNewBidi();
            }
        }
    }

    /**
     * The run's font (Amiri for Latin and complex script), look, language and, for Arabic, right-to-left. Word reads
     * run properties in the schema's order (rFonts, b, bCs, i, iCs, color, sz, szCs, rtl, lang), and POI writes them
     * in the order they are set, so the order of the calls below matters.
     */
    private static void run(XWPFRun run, Language language, Look look, boolean italic) {
        run.setFontFamily(ExportFonts.FAMILY);
        run.setFontFamily(ExportFonts.FAMILY, XWPFRun.FontCharRange.cs);
        var rPr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        if (look == Look.HEADER) {
            rPr.addNewB();
            rPr.addNewBCs();
        }
        if (italic) {
            rPr.addNewI();
            rPr.addNewICs();
        }
        if (look == Look.NOTE) {
            rPr.addNewColor().setVal(NOTE_COLOUR);
            rPr.addNewSz().setVal(BigInteger.valueOf(NOTE_HALF_POINTS));
            rPr.addNewSzCs().setVal(BigInteger.valueOf(NOTE_HALF_POINTS));
        }
        if (language.isRightToLeft()) {
            rPr.addNewRtl();
            rPr.addNewLang().setBidi("ar-SA");
        } else {
            rPr.addNewLang().setVal(language == Language.FR ? "fr-FR" : "en-GB");
        }
    }

    // ---- tables -----------------------------------------------------------------------------------------------

    /** A table in the document's language; side by side, the table once per language one after another. */
    private void table(Doc.Table table) {
        if (!layout.sideBySide()) {
            table(table, layout.language());
            return;
        }
        for (var language : Language.values()) {
            table(table, language);
            document.createParagraph();
        }
    }

    private void table(Doc.Table source, Language language) {
        int columns = Math.max(1, source.headers().size());
        var table = document.createTable(source.rows().size() + 1, columns);
        table.setWidth("100%");
        if (language.isRightToLeft()) {
            var tblPr = table.getCTTbl().getTblPr() != null ? table.getCTTbl().getTblPr()
                    : table.getCTTbl().addNewTblPr();
            tblPr.addNewBidiVisual();
        }
        var header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int column = 0; column < columns; column++) {
            var cell = header.getCell(column);
            cell.setColor(HEADER_SHADE);
            var paragraph = cell.getParagraphs().getFirst();
            var text = column < source.headers().size() ? source.headers().get(column) : Translated.empty();
            fill(paragraph, Piece.of(text, language, marks), language, Look.HEADER);
        }
        for (int row = 0; row < source.rows().size(); row++) {
            var cells = source.rows().get(row);
            var tableRow = table.getRow(row + 1);
            for (int column = 0; column < columns; column++) {
                var text = column < cells.size() ? cells.get(column) : Translated.empty();
                fill(tableRow.getCell(column).getParagraphs().getFirst(), Piece.of(text, language, marks), language,
                        Look.NORMAL);
            }
        }
    }

    private static void noBorders(XWPFTable table) {
        table.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
    }

    // ---- page, styles, footer ---------------------------------------------------------------------------------

    private void page() {
        var body = document.getDocument().getBody();
        var sectPr = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        var size = sectPr.addNewPgSz();
        if (doc.landscape()) {
            size.setW(BigInteger.valueOf(A4_LONG));
            size.setH(BigInteger.valueOf(A4_SHORT));
            size.setOrient(STPageOrientation.LANDSCAPE);
        } else {
            size.setW(BigInteger.valueOf(A4_SHORT));
            size.setH(BigInteger.valueOf(A4_LONG));
        }
        var margin = sectPr.addNewPgMar();
        var m = BigInteger.valueOf(MARGIN);
        margin.setTop(m);
        margin.setBottom(m);
        margin.setLeft(m);
        margin.setRight(m);
        margin.setFooter(BigInteger.valueOf(MARGIN / 2));
        if (!layout.sideBySide() && layout.language().isRightToLeft()) {
            sectPr.addNewBidi();
        }
    }

    /** The page number, centred at the foot of every page. */
    private void footer() {
        var paragraph = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        var field = paragraph.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        field.addNewR().addNewT().setStringValue("1");
    }

    /** Title and Heading 1–3 with Word's own style names, so Word lists them in its navigation pane. */
    private void styles() {
        var styles = document.createStyles();
        styles.addStyle(new XWPFStyle(style("Title", "Title", 18, -1), styles));
        int[] sizes = {16, 14, 12};
        for (int level = 1; level <= 3; level++) {
            styles.addStyle(new XWPFStyle(style("Heading" + level, "heading " + level, sizes[level - 1], level - 1),
                    styles));
        }
    }

    private static CTStyle style(String id, String name, int points, int outlineLevel) {
        var style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewUiPriority().setVal(BigInteger.valueOf(outlineLevel < 0 ? 10 : 9));
        style.addNewQFormat();
        var pPr = style.addNewPPr();
        pPr.addNewKeepNext();
        var spacing = pPr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(240));
        spacing.setAfter(BigInteger.valueOf(120));
        if (outlineLevel >= 0) {
            pPr.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        var rPr = style.addNewRPr();
        rPr.addNewB();
        rPr.addNewBCs();
        rPr.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        rPr.addNewSzCs().setVal(BigInteger.valueOf(points * 2L));
        return style;
    }
}
