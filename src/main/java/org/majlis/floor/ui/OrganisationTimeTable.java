package org.majlis.floor.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.majlis.agenda.AgendaOverview;
import org.majlis.base.Language;
import org.majlis.floor.TimeBudgetService;
import org.majlis.base.ui.LocalizedSpan;
import org.majlis.floor.OrganisationTimeReport;
import org.majlis.floor.OrganisationTimeReport.OrganisationTime;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * The record's small report of time per organisation (ADR 0049): per agenda item, each organisation's interventions
 * and time used (against the item's budget, when it had one), then the totals for the room.
 */
class OrganisationTimeTable extends Div {

    OrganisationTimeTable(OrganisationTimeReport report, AgendaOverview overview, TimeBudgetService budgets,
                          long roomId) {
        setId("floor-time-report");
        addClassName("time-report");
        add(new H4(getTranslation("budgets.report.title")));
        if (!report.room().isEmpty()) {
            var language = Language.of(getLocale());
            var download = new Anchor(DownloadHandler.fromInputStream(event -> {
                var bytes = budgets.reportCsv(roomId, language);
                return new DownloadResponse(new ByteArrayInputStream(bytes), "time-per-organisation.csv",
                        "text/csv", bytes.length);
            }), getTranslation("budgets.csv.download"));
            download.setId("floor-time-report-csv");
            add(download);
        }
        if (report.room().isEmpty()) {
            var empty = new Span(getTranslation("budgets.report.empty"));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        for (var item : report.items()) {
            var heading = new Div();
            heading.addClassName("time-report-item");
            overview.item(item.itemId()).ifPresent(summary -> heading.add(new Span(summary.number() + ". "),
                    new LocalizedSpan(summary.title(), getLocale())));
            add(heading);
            rows(item.organisations(), "item-" + item.itemId());
        }
        var total = new Div(new Span(getTranslation("budgets.report.room")));
        total.addClassName("time-report-item");
        add(total);
        rows(report.room(), "room");
    }

    private void rows(List<OrganisationTime> organisations, String scope) {
        for (var organisation : organisations) {
            var row = new Div();
            row.addClassName("time-report-row");
            row.getElement().setAttribute("data-scope", scope);
            row.getElement().setAttribute("data-organisation-id", String.valueOf(organisation.organisationId()));
            var used = new Span(organisation.budget() == null
                    ? getTranslation("budgets.report.used", BudgetTexts.duration(organisation.used()),
                            organisation.interventions())
                    : getTranslation("budgets.report.used-of", BudgetTexts.duration(organisation.used()),
                            BudgetTexts.duration(organisation.budget()), organisation.interventions()));
            used.addClassName("time-report-used");
            row.add(new LocalizedSpan(organisation.organisation(), getLocale()), used);
            if (organisation.over()) {
                row.getElement().setAttribute("data-level", "OVER");
                var over = new Span(getTranslation("budgets.report.over"));
                over.getElement().getThemeList().add("badge error");
                row.add(over);
            }
            add(row);
        }
    }
}
