package org.majlis.matrix.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;
import org.majlis.base.ui.UserTextSpan;
import org.majlis.matrix.EntryData;
import org.majlis.matrix.EntryField;
import org.majlis.matrix.EntrySummary;

import java.util.stream.Collectors;

/** An entry read-only: every field with its label, each text in every language written, each in its direction. */
class EntryView extends Div {

    private final MatrixLabels labels;

    EntryView(EntrySummary entry, MatrixLabels labels) {
        this.labels = labels;
        addClassName("entry-view");
        setId("entry-view");
        var data = entry.data();
        if (entry.returnReason() != null) {
            var reason = row("matrix.returned-because", new UserTextSpan(entry.returnReason()));
            reason.addClassName("entry-return-reason");
            add(reason);
        }
        if (entry.originCode() != null) {
            add(row("matrix.carried-over-from", new Span(entry.originCode())));
        }
        add(texts("matrix.field.title", data.title()));
        add(texts("matrix.field.description", data.description()));
        add(row("matrix.field.lead-un", new Span(labels.org(data.leadUnId()))));
        add(row("matrix.field.lead-oic", new Span(labels.org(data.leadOicId()))));
        add(value(EntryField.PARTNERS, data, "matrix.field.partners"));
        add(value(EntryField.BENEFICIARIES, data, "matrix.field.beneficiaries"));
        add(row("matrix.column.timeframe", new Span(data.startDate() == null ? ""
                : labels.date(data.startDate()) + " – " + labels.date(data.endDate()))));
        add(texts("matrix.field.results", data.expectedResults()));
        add(texts("matrix.field.indicators", data.indicators()));
        add(value(EntryField.SDGS, data, "matrix.field.sdgs"));
        add(value(EntryField.OIC_AREAS, data, "matrix.field.oic-areas"));
        if (data.budget() != null) {
            add(row("matrix.field.budget", new Span(labels.value(EntryField.BUDGET, data) + " "
                    + (data.currency() == null ? "" : data.currency()))));
        }
    }

    private Div value(EntryField field, EntryData data, String key) {
        return row(key, new Span(labels.value(field, data)));
    }

    private Div texts(String key, LocalizedText text) {
        var box = new Div();
        for (var language : Language.values()) {
            var value = text.get(language);
            if (value != null) {
                // The line reads in its language's direction: an Arabic line is right-to-left from its label on.
                var line = new Div(new Span(getTranslation("language." + language.code()) + ": "), new Span(value));
                MatrixLabels.direction(line, language);
                line.addClassName("entry-text-" + language.code());
                box.add(line);
            }
        }
        if (!text.isEmpty() && !text.missingLanguages().isEmpty()) {
            var missing = new Span(getTranslation("matrix.missing-languages", text.missingLanguages().stream()
                    .map(l -> getTranslation("language." + l.code())).collect(Collectors.joining(", "))));
            missing.addClassName("missing-languages");
            box.add(missing);
        }
        return row(key, box);
    }

    private Div row(String key, Component value) {
        var label = new Span(getTranslation(key));
        label.addClassName("entry-label");
        var row = new Div(label, value);
        row.addClassName("entry-row");
        return row;
    }
}
