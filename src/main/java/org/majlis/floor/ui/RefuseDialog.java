package org.majlis.floor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.majlis.base.ui.Messages;
import org.majlis.floor.FloorRequestSummary;

import java.util.Map;
import java.util.function.Consumer;

/** The chair refuses a request and says why; the delegate sees the reason. */
class RefuseDialog extends Dialog {

    RefuseDialog(FloorRequestSummary request, Consumer<String> refuse, Consumer<Runnable> run) {
        setId("floor-refuse-dialog");
        setHeaderTitle(getTranslation("floor.refuse.title"));
        var reason = new TextArea(getTranslation("floor.refuse.reason"));
        reason.setId("floor-refuse-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        add(new Paragraph(FloorTexts.speaker(this, request) + " · " + FloorTexts.kind(this, request.kind())), reason);
        var confirm = new Button(getTranslation("floor.refuse.confirm"), click -> {
            try {
                refuse.accept(reason.getValue());
                close();
                run.accept(() -> { });
            } catch (RuntimeException e) {
                if (!Messages.showFailure(this, e, Map.of("reason", reason))) {
                    throw e;
                }
            }
        });
        confirm.setId("floor-refuse-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("live.cancel"), click -> close()), confirm);
    }
}
