package org.majlis.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.majlis.base.Language;
import org.majlis.report.LanguageText;
import org.majlis.report.ReportPart;
import org.majlis.report.ReportService;
import org.majlis.report.ReportText;
import org.majlis.report.TranslationStatus;

import java.util.EnumMap;
import java.util.Map;

/**
 * One text of the report (an item's summary, the introduction, the recommendations) in the three languages: per
 * language a text area in that language's direction (Arabic right-to-left whatever the page's) and the version's
 * translation status. Ids: {@code report-text-<part>-<lang>}, {@code report-tstatus-<part>-<lang>}. For readers (who
 * may not change it now) each version is a paragraph in its own direction, under its language and status
 * ({@code report-read-<part>-<lang>}).
 */
class TextEditor extends Div {

    private final ReportPart part;
    private final ReportText original;
    private final Map<Language, TextArea> areas = new EnumMap<>(Language.class);
    private final Map<Language, Select<TranslationStatus>> statuses = new EnumMap<>(Language.class);

    TextEditor(ReportPart part, String title, ReportText value, boolean editable, Runnable changed) {
        this.part = part;
        this.original = value;
        addClassName("report-text");
        setId("report-editor-" + part.key());
        if (!title.isEmpty()) {
            add(new H4(title));
        }
        if (!editable) {
            for (var language : Language.values()) {
                var version = value.get(language);
                var label = new Span(getTranslation("report.read.label",
                        getTranslation("report.language." + language.code()),
                        getTranslation("report.translation." + version.status().name())));
                label.addClassName("report-text-label");
                var body = new Paragraph(version.isMissing() ? getTranslation("report.read.missing") : version.text());
                body.setId("report-read-" + part.key() + "-" + language.code());
                body.addClassName(version.isMissing() ? "missing-value" : "report-text-body");
                if (!version.isMissing()) {
                    body.getElement().setAttribute("dir", language.isRightToLeft() ? "rtl" : "ltr");
                    body.getElement().setAttribute("lang", language.code());
                }
                add(label, body);
            }
            return;
        }
        for (var language : Language.values()) {
            var area = new TextArea(getTranslation("report.language." + language.code()));
            area.setId("report-text-" + part.key() + "-" + language.code());
            area.getElement().setAttribute("dir", language.isRightToLeft() ? "rtl" : "ltr");
            area.getElement().setAttribute("lang", language.code());
            area.setMaxLength(ReportService.TEXT_MAX);
            area.setWidthFull();
            area.setMinRows(2);
            area.setReadOnly(!editable);
            var status = new Select<TranslationStatus>();
            status.setLabel(getTranslation("report.text.status"));
            status.setItems(TranslationStatus.values());
            status.setItemLabelGenerator(s -> getTranslation("report.translation." + s.name()));
            status.setId("report-tstatus-" + part.key() + "-" + language.code());
            status.setReadOnly(!editable);
            status.setWidth("11rem");
            var version = value.get(language);
            area.setValue(version.text());
            status.setValue(version.status());
            area.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    // A text written is at least a draft; one emptied is missing.
                    if (e.getValue().isBlank()) {
                        status.setValue(TranslationStatus.MISSING);
                    } else if (status.getValue() == TranslationStatus.MISSING) {
                        status.setValue(TranslationStatus.DRAFT);
                    }
                    changed.run();
                }
            });
            status.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    changed.run();
                }
            });
            areas.put(language, area);
            statuses.put(language, status);
            var row = new HorizontalLayout(area, status);
            row.setWidthFull();
            row.setAlignItems(FlexComponent.Alignment.START);
            row.setFlexGrow(1, area);
            add(row);
        }
    }

    ReportPart part() {
        return part;
    }

    ReportText value() {
        if (areas.isEmpty()) {
            return original;
        }
        var text = ReportText.empty();
        for (var language : Language.values()) {
            text = text.with(language, new LanguageText(areas.get(language).getValue(),
                    statuses.get(language).getValue()));
        }
        return text;
    }
}
