package org.majlis.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.majlis.base.LocalizedText;
import org.majlis.base.ui.Bidi;
import org.majlis.base.ui.Formats;
import org.majlis.meetings.OrganisationFamily;
import org.majlis.report.ReportRecord;

import java.util.Locale;

/**
 * The read-only part of the report, as taken from the record: the room's edition and dates, co-chairs, participating
 * organisations by family, an item's interventions and statements, and the adopted matrix entries. Names and titles
 * people wrote are isolated in their own direction ({@link Bidi}).
 */
final class RecordPanel {

    private RecordPanel() {
    }

    static Component header(Component context, ReportRecord record) {
        var locale = Bidi.locale(context);
        var box = new Div();
        box.setId("report-record");
        box.add(new Paragraph(Bidi.message(context, "report.document.edition", record.editionNumber(),
                record.city().in(locale), Formats.date(record.startDate(), locale),
                Formats.date(record.endDate(), locale))));
        if (!record.coChairs().isEmpty()) {
            box.add(new Paragraph(Bidi.message(context, "report.document.co-chairs", list(context, record.coChairs().stream()
                    .map(c -> c.organisation().isEmpty() ? c.name() : c.name() + " (" + c.organisation().in(locale)
                            + ")")
                    .toList()))));
        }
        box.add(new H3(context.getTranslation("report.record.organisations")));
        var organisations = new Div();
        organisations.setId("report-organisations");
        if (record.organisations().isEmpty()) {
            organisations.add(new Span(context.getTranslation("report.record.no-organisations")));
        }
        for (var family : OrganisationFamily.values()) {
            var members = record.organisations(family);
            if (!members.isEmpty()) {
                organisations.add(new Paragraph(Bidi.message(context, "report.document.family",
                        context.getTranslation("report.family." + family.name()),
                        list(context, members.stream().map(o -> shortName(o, locale)).toList()))));
            }
        }
        box.add(organisations);
        return box;
    }

    static Component item(Component context, ReportRecord.Item item) {
        var locale = Bidi.locale(context);
        var box = new Div();
        box.addClassName("report-record-item");
        if (item.interventions().isEmpty()) {
            box.add(new Paragraph(context.getTranslation("report.record.no-interventions")));
        } else {
            var list = new UnorderedList();
            list.setId("report-interventions-" + item.id());
            for (var intervention : item.interventions()) {
                list.add(new ListItem(Bidi.message(context, "report.record.intervention",
                        intervention.organisation().in(locale),
                        context.getTranslation("floor.kind." + intervention.kind().name()),
                        context.getTranslation("report.record.minutes", intervention.seconds() / 60,
                                intervention.seconds() % 60))));
            }
            box.add(list);
        }
        if (!item.statements().isEmpty()) {
            var statements = new UnorderedList();
            statements.setId("report-statements-" + item.id());
            for (var statement : item.statements()) {
                statements.add(new ListItem(Bidi.message(context, "report.record.statement", statement.title(),
                        statement.organisation().in(locale))));
            }
            box.add(new Paragraph(context.getTranslation("report.record.statements-title")), statements);
        }
        return box;
    }

    static Component entries(Component context, ReportRecord record) {
        var box = new Div();
        box.setId("report-entries");
        box.add(new H3(context.getTranslation("report.record.entries")));
        if (record.adoptedEntries().isEmpty()) {
            box.add(new Paragraph(context.getTranslation("report.record.no-entries")));
            return box;
        }
        var list = new UnorderedList();
        for (var entry : record.adoptedEntries()) {
            list.add(new ListItem(entry.code() + " — " + Bidi.isolate(entry.title(), Bidi.locale(context))));
        }
        box.add(list);
        return box;
    }

    static String itemTitle(Component context, ReportRecord.Item item) {
        return Bidi.message(context, "report.record.item", item.number(), item.title().in(Bidi.locale(context)));
    }

    /** Names joined as the reader's language lists them ("a, b" / "a، b"), each isolated in its own direction. */
    static String list(Component context, java.util.List<String> names) {
        String joined = "";
        for (var name : names) {
            joined = joined.isEmpty() ? Bidi.isolate(name) : context.getTranslation("common.list", joined,
                    Bidi.isolate(name));
        }
        return joined;
    }

    private static String shortName(ReportRecord.Organisation o, Locale locale) {
        LocalizedText name = o.acronym().in(locale).isEmpty() ? o.name() : o.acronym();
        return name.in(locale);
    }
}
