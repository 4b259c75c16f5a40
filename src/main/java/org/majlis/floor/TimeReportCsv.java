package org.majlis.floor;

import org.majlis.agenda.AgendaOverview;
import org.majlis.base.Language;
import org.majlis.base.ui.Translations;
import org.majlis.export.Doc;
import org.majlis.export.DocumentWriters;
import org.majlis.export.Format;
import org.majlis.export.Sheet;
import org.majlis.export.Translated;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The record's time per organisation as a CSV file (ADR 0049) in one language, through the export module's writer
 * (UTF-8 with a byte order mark, formula-like values neutralised): one row per item and organisation, then the
 * room's totals; times as m:ss and in seconds, for a spreadsheet to add up.
 */
@Component
class TimeReportCsv {

    private final DocumentWriters writers;
    private final Translations translations;

    TimeReportCsv(DocumentWriters writers, Translations translations) {
        this.writers = writers;
        this.translations = translations;
    }

    byte[] write(OrganisationTimeReport report, AgendaOverview agenda, Language language) {
        var headers = List.of(text("budgets.csv.item", language), text("budgets.csv.title", language),
                text("budgets.csv.organisation", language), text("budgets.csv.interventions", language),
                text("budgets.csv.used", language), text("budgets.csv.used-seconds", language),
                text("budgets.csv.budget", language));
        var rows = new ArrayList<List<Translated>>();
        for (var item : report.items()) {
            var summary = agenda.item(item.itemId());
            var number = Translated.same(summary.map(s -> String.valueOf(s.number())).orElse(""));
            var title = summary.map(s -> Translated.of(s.title())).orElse(Translated.empty());
            item.organisations().forEach(o -> rows.add(row(number, title, o)));
        }
        var room = text("budgets.report.room", language);
        report.room().forEach(o -> rows.add(row(Translated.empty(), room, o)));
        var out = new ByteArrayOutputStream();
        try {
            writers.write(List.of(new Sheet(text("budgets.report.title", language), new Doc.Table(headers, rows))),
                    Format.CSV, language, translations::fallbackMark, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<Translated> row(Translated number, Translated title,
                                        OrganisationTimeReport.OrganisationTime organisation) {
        var budget = organisation.budget();
        return List.of(number, title, Translated.of(organisation.organisation()),
                Translated.same(String.valueOf(organisation.interventions())),
                Translated.same(clock(organisation.used().toSeconds())),
                Translated.same(String.valueOf(organisation.used().toSeconds())),
                Translated.same(budget == null ? "" : clock(budget.toSeconds())));
    }

    private static String clock(long seconds) {
        return seconds >= 3600 ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", seconds / 3600,
                seconds % 3600 / 60, seconds % 60) : String.format(java.util.Locale.ROOT, "%d:%02d", seconds / 60,
                seconds % 60);
    }

    private Translated text(String key, Language language) {
        return Translated.same(translations.getTranslation(key, language.locale()));
    }
}
