package org.majlis.report;

import org.majlis.base.Language;
import org.majlis.base.LocalizedText;
import org.majlis.base.ui.Translations;
import org.majlis.export.Doc;
import org.majlis.export.FallbackMarks;
import org.majlis.export.Translated;
import org.majlis.meetings.OrganisationFamily;
import org.majlis.meetings.RoomKind;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A room's report as an export document ({@link Doc}), in the three languages at once: the title, the room's edition
 * and dates, the co-chairs, the introduction, the participating organisations grouped UN / OIC / member states, per
 * agenda item in agenda order the interventions (organisation, kind, duration), the written statements' titles and
 * the item's summary, the recommendations and the adopted matrix entries. Labels come from the translation files;
 * the rapporteur's texts are shown per language, a missing one falling back visibly ({@link #fallbackMarks()}).
 * The opening plenary's document is its summary for the final report.
 */
@Component
public class RoomReportDocument {

    private final Translations translations;

    RoomReportDocument(Translations translations) {
        this.translations = translations;
    }

    public Doc document(RoomReport report) {
        var record = report.record();
        var texts = report.texts();
        var blocks = new ArrayList<Doc.Block>();
        var plenary = record.kind() == RoomKind.PLENARY;
        var title = label(plenary ? "report.document.plenary-title" : "report.document.title",
                l -> new Object[]{in(record.room(), l)});
        blocks.add(new Doc.Heading(1, title));
        blocks.add(new Doc.Paragraph(label("report.document.edition", l -> new Object[]{record.editionNumber(),
                in(record.city(), l), date(record.startDate(), l), date(record.endDate(), l)}), true));
        blocks.add(new Doc.Paragraph(label("report.document.status." + report.status().name().toLowerCase(
                java.util.Locale.ROOT), l -> new Object[0]), true));
        if (!record.coChairs().isEmpty()) {
            blocks.add(new Doc.Paragraph(label("report.document.co-chairs", l -> new Object[]{
                    list(l, record.coChairs().stream().map(c -> c.organisation().isEmpty() ? c.name()
                            : c.name() + " (" + in(c.organisation(), l) + ")").toList())})));
        }
        if (!texts.introduction().isEmpty()) {
            blocks.add(new Doc.Heading(2, label("report.part.introduction", l -> new Object[0])));
            blocks.add(new Doc.Paragraph(Translated.of(texts.introduction().toLocalized())));
        }
        organisations(record, blocks);
        blocks.add(new Doc.Heading(2, label("report.document.items", l -> new Object[0])));
        if (record.items().isEmpty()) {
            blocks.add(new Doc.Paragraph(label("report.record.no-items", l -> new Object[0]), true));
        }
        for (var item : record.items()) {
            item(item, texts.text(ReportPart.summary(item.id())), blocks);
        }
        blocks.add(new Doc.Heading(2, label("report.part.recommendations", l -> new Object[0])));
        blocks.add(texts.recommendations().isEmpty()
                ? new Doc.Paragraph(label("report.document.none", l -> new Object[0]), true)
                : new Doc.Paragraph(Translated.of(texts.recommendations().toLocalized())));
        if (!plenary || !record.adoptedEntries().isEmpty()) {
            blocks.add(new Doc.Heading(2, label("report.record.entries", l -> new Object[0])));
            if (record.adoptedEntries().isEmpty()) {
                blocks.add(new Doc.Paragraph(label("report.record.no-entries", l -> new Object[0]), true));
            } else {
                blocks.add(new Doc.Table(List.of(label("report.document.code", l -> new Object[0]),
                        label("report.document.entry-title", l -> new Object[0])),
                        record.adoptedEntries().stream()
                                .map(e -> List.of(Translated.same(e.code()), Translated.of(e.title()))).toList()));
            }
        }
        return new Doc(title, false, blocks);
    }

    /** The mark before a text shown in place of a missing translation, from the translation files. */
    public FallbackMarks fallbackMarks() {
        return (documentLanguage, textLanguage) -> translations.getTranslation("report.document.fallback",
                documentLanguage.locale(), translations.getTranslation("report.language." + textLanguage.code(),
                        documentLanguage.locale()));
    }

    private void organisations(ReportRecord record, List<Doc.Block> blocks) {
        blocks.add(new Doc.Heading(2, label("report.record.organisations", l -> new Object[0])));
        if (record.organisations().isEmpty()) {
            blocks.add(new Doc.Paragraph(label("report.record.no-organisations", l -> new Object[0]), true));
            return;
        }
        for (var family : OrganisationFamily.values()) {
            var members = record.organisations(family);
            if (!members.isEmpty()) {
                blocks.add(new Doc.Paragraph(label("report.document.family", l -> new Object[]{
                        translations.getTranslation("report.family." + family.name(), l.locale()),
                        list(l, members.stream().map(o -> in(o.acronym().isEmpty() ? o.name() : o.acronym(), l))
                                .toList())})));
            }
        }
    }

    private void item(ReportRecord.Item item, ReportText summary, List<Doc.Block> blocks) {
        blocks.add(new Doc.Heading(3, label("report.record.item", l -> new Object[]{item.number(),
                in(item.title(), l)})));
        if (!item.onAgenda()) {
            blocks.add(new Doc.Paragraph(label("report.record.off-agenda", l -> new Object[0]), true));
        }
        if (item.interventions().isEmpty()) {
            blocks.add(new Doc.Paragraph(label("report.record.no-interventions", l -> new Object[0]), true));
        } else {
            blocks.add(new Doc.Table(List.of(label("report.record.organisation", l -> new Object[0]),
                    label("report.record.kind", l -> new Object[0]), label("report.record.duration", l -> new Object[0])),
                    item.interventions().stream().map(i -> List.of(Translated.of(i.organisation()),
                            label("floor.kind." + i.kind().name(), l -> new Object[0]),
                            label("report.record.minutes", l -> new Object[]{i.seconds() / 60, i.seconds() % 60})))
                            .toList()));
        }
        if (!item.statements().isEmpty()) {
            blocks.add(new Doc.Paragraph(label("report.record.statements", l -> new Object[]{
                    item.statements().stream().map(s -> s.title() + " (" + in(s.organisation(), l) + ")")
                            .collect(Collectors.joining("; "))})));
        }
        if (!summary.isEmpty()) {
            blocks.add(new Doc.Paragraph(Translated.of(summary.toLocalized())));
        }
    }

    /** A label in the three languages, with arguments in each language. */
    private Translated label(String key, Function<Language, Object[]> args) {
        var values = new EnumMap<Language, String>(Language.class);
        for (var language : Language.values()) {
            values.put(language, translations.getTranslation(key, language.locale(), args.apply(language)));
        }
        return new Translated(values);
    }

    /** Names joined as the language lists them ("a, b" / "a، b"). */
    private String list(Language language, List<String> names) {
        String joined = "";
        for (var name : names) {
            joined = joined.isEmpty() ? name : translations.getTranslation("common.list", language.locale(), joined,
                    name);
        }
        return joined;
    }

    private static String in(LocalizedText text, Language language) {
        return text.in(language.locale());
    }

    private static String date(LocalDate date, Language language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(date);
    }
}
