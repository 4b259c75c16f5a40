package org.majlis.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * How the writers of documents go through a {@link Doc}: the title as a level-0 heading, then each run of headings and
 * paragraphs together (side by side they share one three-column table), and tables and page breaks on their own.
 */
final class BlockWalk {

    private BlockWalk() {
    }

    /**
     * @param text      writes a run of headings and paragraphs (the title is a level-0 {@link Doc.Heading})
     * @param table     writes a table
     * @param pageBreak starts a new page
     */
    static void walk(Doc doc, Consumer<List<Doc.Block>> text, Consumer<Doc.Table> table, Runnable pageBreak) {
        if (!doc.title().isEmpty()) {
            text.accept(List.of(new Doc.Heading(0, doc.title())));
        }
        var pending = new ArrayList<Doc.Block>();
        for (var block : doc.blocks()) {
            if (block instanceof Doc.Heading || block instanceof Doc.Paragraph) {
                pending.add(block);
                continue;
            }
            text.accept(List.copyOf(pending));
            pending.clear();
            switch (block) {
                case Doc.Table t -> table.accept(t);
                case Doc.PageBreak ignored -> pageBreak.run();
                default -> throw new IllegalStateException("unexpected block " + block);
            }
        }
        text.accept(List.copyOf(pending));
    }
}
