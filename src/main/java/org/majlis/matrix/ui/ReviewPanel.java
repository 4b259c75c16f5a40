package org.majlis.matrix.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.majlis.base.ui.GridItems;
import org.majlis.base.ui.IsolatedText;
import org.majlis.base.ui.Messages;
import org.majlis.matrix.ImplementationStatus;
import org.majlis.matrix.ReviewSummary;
import org.majlis.matrix.RoomReview;
import org.majlis.matrix.ui.MatrixRoomTab.MatrixServices;
import org.majlis.meetings.RoomDetails;

import java.util.Map;

/**
 * The review of what this room adopted at the previous edition: each entry's reported implementation, the summary
 * for the chairs, reporting (lead organisations' delegates) and carrying an entry over into the new matrix.
 */
class ReviewPanel extends Div {

    private final MatrixServices services;
    private final RoomDetails room;
    private final MatrixLabels labels;
    private final H3 title = new H3();
    private final Div summary = new Div();
    private final Grid<ReviewSummary> grid = new Grid<>();
    private final GridItems<ReviewSummary, Long> rows = new GridItems<>(grid, r -> r.entry().id());

    ReviewPanel(MatrixServices services, RoomDetails room, MatrixLabels labels) {
        this.services = services;
        this.room = room;
        this.labels = labels;
        setId("matrix-review");
        setWidthFull();
        addClassName("matrix-review");
        summary.setId("review-summary");
        summary.addClassName("matrix-counts");
        grid.setId("review-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.entry().data().code()).setHeader(getTranslation("matrix.field.code"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(labels.textRenderer(r -> r.entry().data().title(), this))
                .setHeader(getTranslation("matrix.column.title")).setFlexGrow(3);
        grid.addColumn(r -> labels.org(r.entry().data().leadUnId()) + " · " + labels.org(r.entry().data().leadOicId()))
                .setHeader(getTranslation("matrix.column.leads"));
        grid.addComponentColumn(this::statusCell).setHeader(getTranslation("matrix.review.implementation"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::actionsCell).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        add(title, summary, grid);
    }

    void refresh() {
        RoomReview review = services.review().review(room.room().id());
        setVisible(review.previousRoomId() != null);
        if (review.previousRoomId() == null) {
            return;
        }
        title.setText(getTranslation("matrix.review.title", review.previousEditionNumber()));
        summary.removeAll();
        for (var status : ImplementationStatus.values()) {
            var count = new Span(getTranslation("matrix.count", getTranslation("matrix.implementation." + status.name()),
                    review.countsByStatus().getOrDefault(status, 0L)));
            count.setId("review-count-" + status.name());
            count.getElement().getThemeList().add("badge pill");
            summary.add(count);
        }
        var pending = new Span(getTranslation("matrix.review.not-reported", review.notReported()));
        pending.setId("review-not-reported");
        pending.getElement().getThemeList().add("badge pill contrast");
        summary.add(pending);
        if (review.averageProgress() != null) {
            var average = new Span(getTranslation("matrix.review.average", review.averageProgress()));
            average.setId("review-average");
            average.getElement().getThemeList().add("badge pill success");
            summary.add(average);
        }
        rows.show(review.entries());
        if (review.entries().isEmpty()) {
            summary.add(new Paragraph(getTranslation("matrix.review.none")));
        }
    }

    private Div statusCell(ReviewSummary r) {
        var cell = new Div();
        cell.addClassName("review-status");
        if (r.status() == null) {
            var none = new Span(getTranslation("matrix.review.no-report"));
            none.addClassName("empty-state");
            cell.add(none);
            return cell;
        }
        cell.add(new Span(getTranslation("matrix.implementation." + r.status().name()) + " · " + r.progress() + " %"));
        var bar = new ProgressBar(0, 100, r.progress());
        bar.getElement().setAttribute("aria-label", getTranslation("matrix.review.progress-label"));
        cell.add(bar);
        if (r.note() != null) {
            var note = new Paragraph(r.note());
            note.getElement().setAttribute("dir", "auto");
            cell.add(note);
        }
        var by = IsolatedText.of(this, "matrix.review.reported-by", r.reportedBy());
        by.addClassName("comment-author");
        cell.add(by);
        if (r.reportCount() > 1) {
            var history = new Button(getTranslation("matrix.review.history", r.reportCount()),
                    e -> new ReportHistoryDialog(services, room, r).open());
            history.addClassName("review-history");
            history.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            cell.add(history);
        }
        return cell;
    }

    private Div actionsCell(ReviewSummary r) {
        var cell = new Div();
        if (r.mayReport()) {
            var report = new Button(getTranslation("matrix.review.report"), e -> new ReportDialog(services, room, r,
                    this::refresh).open());
            report.addClassName("review-report");
            report.addThemeVariants(ButtonVariant.LUMO_SMALL);
            cell.add(report);
        }
        if (r.carriedOverCode() != null) {
            cell.add(new Span(getTranslation("matrix.review.carried-over", r.carriedOverCode())));
        } else if (r.mayCarryOver()) {
            var carry = new Button(getTranslation("matrix.review.carry-over"), e -> {
                try {
                    var created = services.review().carryOver(room.room().id(), r.entry().id());
                    Messages.success(this, "matrix.review.carried", created.entry().data().code());
                } catch (RuntimeException failure) {
                    if (!Messages.showFailure(this, failure, Map.of())) {
                        throw failure;
                    }
                }
                refresh();
            });
            carry.addClassName("review-carry-over");
            carry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            cell.add(carry);
        }
        return cell;
    }
}
