package org.majlis.matrix.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import org.majlis.base.ui.Bidi;
import org.majlis.base.ui.Formats;
import org.majlis.matrix.ImplementationReport;
import org.majlis.matrix.ReviewSummary;
import org.majlis.matrix.ui.MatrixRoomTab.MatrixServices;
import org.majlis.meetings.RoomDetails;

/** Every implementation report made on an entry under review, newest first: nothing a lead reported is lost. */
class ReportHistoryDialog extends Dialog {

    ReportHistoryDialog(MatrixServices services, RoomDetails room, ReviewSummary review) {
        setId("report-history-dialog");
        setHeaderTitle(getTranslation("matrix.review.history-title", review.entry().data().code()));
        setWidth("min(60rem, 95vw)");
        var formatter = Formats.dateTimeFormatter(getLocale());
        var grid = new Grid<ImplementationReport>();
        grid.setId("report-history-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> formatter.format(r.reportedAt())).setHeader(getTranslation("matrix.history.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.reporterOrganisation() == null ? r.reportedBy()
                        : Bidi.message(this, "matrix.review.by-organisation", r.reportedBy(), r.reporterOrganisation()))
                .setHeader(getTranslation("matrix.history.who")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("matrix.implementation." + r.status().name()) + " · " + r.progress() + " %")
                .setHeader(getTranslation("matrix.review.implementation")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            var note = new Span(r.note() == null ? "" : r.note());
            note.getElement().setAttribute("dir", "auto");
            return note;
        }).setHeader(getTranslation("matrix.review.note")).setFlexGrow(2);
        grid.setItems(services.review().reportHistory(room.room().id(), review.entry().id()));
        grid.setAllRowsVisible(true);
        add(grid);
        var close = new Button(getTranslation("matrix.action.close"), e -> close());
        close.setId("report-history-close");
        getFooter().add(close);
    }
}
