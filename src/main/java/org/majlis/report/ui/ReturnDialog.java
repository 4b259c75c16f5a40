package org.majlis.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.majlis.report.ReportService;

import java.util.function.Consumer;

/** A chair returns the submitted report to drafting, with the reason the rapporteur will read. */
class ReturnDialog extends Dialog {

    ReturnDialog(Consumer<String> giveBack) {
        setId("report-return-dialog");
        setHeaderTitle(getTranslation("report.return.title"));
        add(new Paragraph(getTranslation("report.return.text")));
        var reason = new TextField(getTranslation("report.return.reason"));
        reason.setId("report-return-reason-field");
        reason.setMaxLength(ReportService.NOTE_MAX);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        add(reason);
        var confirm = new Button(getTranslation("report.action.return"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("report.return.required"));
                reason.setInvalid(true);
                return;
            }
            close();
            giveBack.accept(reason.getValue());
        });
        confirm.setId("report-return-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("live.cancel"), e -> close()), confirm);
    }
}
