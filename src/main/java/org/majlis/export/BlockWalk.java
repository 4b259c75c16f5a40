package org.majlis.export;

import java.util.ArrayList;
import java.util.List;

/**
 * How the writers of documents go through a {@link Doc}: the title as a level-0 heading, then each run of headings and
 * paragraphs together (side by side they share one three-column table), and tables and page breaks on their own.
 */
interface BlockWalk {

    /** A run of headings and paragraphs (the title is a level-0 {@link Doc.Heading}). */
    void text(List<Doc.Block> run);

    void table(Doc.Table table);

    void pageBreak();

    static void walk(Doc doc, BlockWalk writer) {
        if (!doc.title().isEmpty()) {
            writer.text(List.of(new Doc.Heading(0, doc.title())));
        }
        var pending = new ArrayList<Doc.Block>();
        for (var block : doc.blocks()) {
            if (block instanceof Doc.Heading || block instanceof Doc.Paragraph) {
                pending.add(block);
                continue;
            }
            writer.text(List.copyOf(pending));
            pending.clear();
            switch (block) {
                case Doc.Table table -> writer.table(table);
                case Doc.PageBreak ignored -> writer.pageBreak();
                default -> throw new IllegalStateException("unexpected block " + block);
            }
        }
        writer.text(List.copyOf(pending));
    }
}
