package org.majlis.matrix.ui;

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
import org.majlis.matrix.EntryField;
import org.majlis.matrix.RevisionDiff;
import org.majlis.matrix.RevisionSummary;
import org.majlis.matrix.ui.MatrixRoomTab.MatrixServices;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An entry's revisions (who, when, what, with their note), the side-by-side difference between any two, and — for
 * the rapporteur — restoring an old one as a new revision.
 */
class HistoryDialog extends Dialog {

    private final MatrixServices services;
    private final MatrixLabels labels;
    private final long entryId;
    private final Div diff = new Div();

    HistoryDialog(MatrixServices services, MatrixLabels labels, long entryId, boolean mayRestore, Runnable restored) {
        this.services = services;
        this.labels = labels;
        this.entryId = entryId;
        setId("history-dialog");
        setWidth("min(72rem, 95vw)");
        setHeaderTitle(getTranslation("matrix.history.title"));
        var revisions = services.history().revisions(entryId);
        var formatter = Formats.dateTimeFormatter(getLocale());
        var grid = new Grid<RevisionSummary>();
        grid.setId("history-grid");
        grid.addColumn(RevisionSummary::number).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> formatter.format(r.createdAt())).setHeader(getTranslation("matrix.history.when"))
                .setAutoWidth(true);
        grid.addColumn(RevisionSummary::authorName).setHeader(getTranslation("matrix.history.who")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("matrix.revision." + r.kind().name())
                + (r.summary() == null ? "" : " — " + Bidi.isolate(r.summary())))
                .setHeader(getTranslation("matrix.history.what"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.changedFields().stream().map(f -> getTranslation(f.labelKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("matrix.history.fields")).setFlexGrow(2);
        grid.setItems(revisions);
        grid.setAllRowsVisible(true);
        var numbers = revisions.stream().map(RevisionSummary::number).sorted().toList();
        var picker = new RevisionPicker("history", List.of("matrix.history.left", "matrix.history.right",
                "matrix.history.restore"), numbers, this::compare, !mayRestore ? null : number -> {
                    var version = services.matrix().get(entryId).entry().version();
                    var made = services.history().restore(entryId, version, number);
                    Messages.success(this, "matrix.history.restored", number, made.number());
                    close();
                    restored.run();
                });
        diff.setId("history-diff");
        add(grid, picker, diff);
        picker.compare();
        getFooter().add(new Button(getTranslation("matrix.action.close"), e -> close()));
    }

    private void compare(int left, int right) {
        diff.removeAll();
        RevisionDiff result = services.history().diff(entryId, left, right);
        var table = new DiffTable(getTranslation("matrix.diff.field"), getTranslation("matrix.diff.revision", left),
                getTranslation("matrix.diff.revision", right));
        for (var field : EntryField.values()) {
            var changed = result.changedFields().contains(field);
            var a = labels.value(field, result.left().data());
            if (!changed && a.isEmpty()) {
                continue;
            }
            table.addRow(getTranslation(field.labelKey()), labels.valueComponent(field, result.left().data()),
                    labels.valueComponent(field, result.right().data()), changed, field.name());
        }
        if (result.changedFields().isEmpty()) {
            diff.add(new Span(getTranslation("matrix.diff.same")));
        }
        diff.add(table);
    }
}
