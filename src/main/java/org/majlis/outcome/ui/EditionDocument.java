package org.majlis.outcome.ui;

import org.majlis.outcome.ExportFile;

import java.util.List;
import java.util.function.Function;

/**
 * One document of an edition on the secretariat's Outcome documents page: a heading, a line saying what it is, and
 * its export menu.
 *
 * @param id       the section's id suffix (ids read {@code outcome-<edition number>-<id>})
 * @param titleKey translation key of its heading
 * @param textKey  translation key of its one-line description
 * @param options  the files offered
 * @param producer builds a file (on the export pool, as the user: it must not touch the UI)
 */
public record EditionDocument(String id, String titleKey, String textKey, List<ExportMenu.Option> options,
                              Function<ExportMenu.Option, ExportFile> producer) {

    public EditionDocument {
        options = List.copyOf(options);
    }
}
