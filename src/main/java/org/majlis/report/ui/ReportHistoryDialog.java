package org.majlis.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.majlis.base.ui.Bidi;
import org.majlis.base.ui.DiffTable;
import org.majlis.base.ui.Formats;
import org.majlis.base.ui.Messages;
import org.majlis.base.ui.RevisionPicker;
import org.majlis.report.ReportField;
import org.majlis.report.ReportRevision;
import org.majlis.report.ReportTexts;
import org.majlis.report.ui.ReportRoomTab.ReportServices;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The report's revisions (who, when, what, which texts), any two side by side text by text (the shared
 * {@link DiffTable}), and — for the rapporteur while the report is drafted — restoring an old revision's texts.
 */
class ReportHistoryDialog extends Dialog {

    private final ReportServices services;
    private final long roomId;
    private final Div diff = new Div();

    ReportHistoryDialog(ReportServices services, long roomId, boolean mayRestore, Runnable restored) {
        this.services = services;
        this.roomId = roomId;
        setId("report-history-dialog");
        setWidth("min(72rem, 95vw)");
        setHeaderTitle(getTranslation("report.history.title"));
        var revisions = services.history().revisions(roomId);
        var formatter = Formats.dateTimeFormatter(getLocale());
        var grid = new Grid<ReportRevision>();
        grid.setId("report-history-grid");
        grid.addColumn(ReportRevision::number).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> formatter.format(r.createdAt())).setHeader(getTranslation("report.history.when"))
                .setAutoWidth(true);
        grid.addColumn(ReportRevision::authorName).setHeader(getTranslation("report.history.who")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("report.revision." + r.kind().name())
                + (r.summary() == null ? "" : " — " + Bidi.isolate(r.summary())))
                .setHeader(getTranslation("report.history.what")).setFlexGrow(2);
        grid.addColumn(r -> r.changedFields().stream().map(f -> label(this, f)).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("report.history.texts")).setFlexGrow(2);
        grid.setItems(revisions);
        grid.setAllRowsVisible(true);
        var numbers = revisions.stream().map(ReportRevision::number).sorted().toList();
        var picker = new RevisionPicker("report-history", List.of("report.history.left", "report.history.right",
                "report.history.restore"), numbers, this::compare, !mayRestore ? null : number -> {
                    var version = services.reports().overview(roomId).report().version();
                    var made = services.history().restore(roomId, version, number);
                    Messages.success(this, "report.history.restored", number, made.number());
                    close();
                    restored.run();
                });
        diff.setId("report-history-diff");
        add(grid, picker, diff);
        picker.compare();
        getFooter().add(new Button(getTranslation("report.action.close"), e -> close()));
    }

    private void compare(int left, int right) {
        diff.removeAll();
        var result = services.history().diff(roomId, left, right);
        var table = new DiffTable(getTranslation("report.diff.text"), getTranslation("report.diff.revision", left),
                getTranslation("report.diff.revision", right));
        for (var field : result.fields()) {
            var changed = result.changedFields().contains(field);
            if (!changed && field.get(result.leftTexts()).isMissing()) {
                continue;
            }
            table.addRow(label(this, field), value(field, result.leftTexts()), value(field, result.rightTexts()),
                    changed, field.key());
        }
        if (result.changedFields().isEmpty()) {
            diff.add(new Span(getTranslation("report.diff.same")));
        }
        diff.add(table);
    }

    /** "Summary of item 12 — Arabic": which text, which language (items by id: numbers can change). */
    static String label(Component context, ReportField field) {
        var part = switch (field.part().kind()) {
            case INTRODUCTION -> context.getTranslation("report.part.introduction");
            case RECOMMENDATIONS -> context.getTranslation("report.part.recommendations");
            case ITEM_SUMMARY -> context.getTranslation("report.part.item-summary", field.part().itemId());
        };
        return context.getTranslation("report.field.label", part,
                context.getTranslation("report.language." + field.language().code()));
    }

    /** One language version: its text in its own direction, and its translation status. */
    static Component value(ReportField field, ReportTexts texts) {
        var version = field.get(texts);
        var box = new Div();
        var text = new Span(version.text());
        text.getElement().setAttribute("dir", field.language().isRightToLeft() ? "rtl" : "ltr");
        text.getStyle().set("white-space", "pre-wrap");
        var status = new Span(" [" + box.getTranslation("report.translation." + version.status().name()) + "]");
        status.addClassName("report-translation-status");
        box.add(text, status);
        return box;
    }
}
