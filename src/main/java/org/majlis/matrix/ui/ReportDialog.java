package org.majlis.matrix.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.majlis.base.ui.Messages;
import org.majlis.matrix.ImplementationStatus;
import org.majlis.matrix.ReviewReport;
import org.majlis.matrix.ReviewSummary;
import org.majlis.matrix.ui.MatrixRoomTab.MatrixServices;
import org.majlis.meetings.RoomDetails;

import java.util.Map;

/** A lead organisation's delegate reports how far an entry of the previous edition has been implemented. */
class ReportDialog extends Dialog {

    ReportDialog(MatrixServices services, RoomDetails room, ReviewSummary review, Runnable done) {
        setId("report-dialog");
        setHeaderTitle(getTranslation("matrix.review.report-title", review.entry().data().code()));
        var status = new Select<ImplementationStatus>();
        status.setLabel(getTranslation("matrix.review.implementation"));
        status.setItems(ImplementationStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("matrix.implementation." + s.name()));
        status.setId("report-status");
        status.setValue(review.status());
        var progress = new IntegerField(getTranslation("matrix.review.progress"));
        progress.setMin(0);
        progress.setMax(100);
        progress.setStepButtonsVisible(true);
        progress.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        progress.setId("report-progress");
        progress.setValue(review.progress());
        var note = new TextArea(getTranslation("matrix.review.note"));
        note.setMaxLength(1000);
        note.setWidthFull();
        note.setId("report-note");
        note.getElement().setAttribute("dir", "auto");
        note.setValue(review.note() == null ? "" : review.note());
        add(status, progress, note);
        var save = new Button(getTranslation("matrix.action.save"), e -> {
            try {
                services.review().report(room.room().id(), review.entry().id(), review.reviewVersion(),
                        new ReviewReport(status.getValue(), progress.getValue(), note.getValue()));
                Messages.success(this, "matrix.review.saved", review.entry().data().code());
                close();
                done.run();
            } catch (RuntimeException failure) {
                if (!Messages.showFailure(this, failure, Map.of("status", status, "progress", progress,
                        "note", note))) {
                    throw failure;
                }
            }
        });
        save.setId("report-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("matrix.action.cancel"), e -> close()), save);
    }
}
