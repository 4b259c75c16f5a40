package org.majlis.matrix.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.majlis.base.ui.Bidi;
import org.majlis.base.ui.DiffTable;
import org.majlis.base.ui.Formats;
import org.majlis.base.ui.Messages;
import org.majlis.matrix.EntryField;
import org.majlis.matrix.RevisionDiff;
import org.majlis.matrix.RevisionSummary;
import org.majlis.matrix.ui.MatrixRoomTab.MatrixServices;

import java.util.Map;
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
        var left = new Select<Integer>();
        left.setLabel(getTranslation("matrix.history.left"));
        left.setItems(numbers);
        left.setId("history-left");
        var right = new Select<Integer>();
        right.setLabel(getTranslation("matrix.history.right"));
        right.setItems(numbers);
        right.setId("history-right");
        if (numbers.size() > 1) {
            left.setValue(numbers.get(numbers.size() - 2));
        } else {
            left.setValue(numbers.getFirst());
        }
        right.setValue(numbers.getLast());
        left.addValueChangeListener(e -> compare(left.getValue(), right.getValue()));
        right.addValueChangeListener(e -> compare(left.getValue(), right.getValue()));
        var bar = new HorizontalLayout(left, right);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (mayRestore) {
            var restore = new Button(getTranslation("matrix.history.restore"), e -> {
                try {
                    var version = services.matrix().get(entryId).entry().version();
                    var made = services.history().restore(entryId, version, left.getValue());
                    Messages.success(this, "matrix.history.restored", left.getValue(), made.number());
                    close();
                    restored.run();
                } catch (RuntimeException failure) {
                    if (!Messages.showFailure(this, failure, Map.of())) {
                        throw failure;
                    }
                }
            });
            restore.setId("history-restore");
            bar.add(restore);
        }
        diff.setId("history-diff");
        add(grid, bar, diff);
        compare(left.getValue(), right.getValue());
        getFooter().add(new Button(getTranslation("matrix.action.close"), e -> close()));
    }

    private void compare(Integer left, Integer right) {
        diff.removeAll();
        if (left == null || right == null) {
            return;
        }
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
