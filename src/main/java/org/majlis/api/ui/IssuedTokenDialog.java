package org.majlis.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import org.majlis.api.IssuedApiToken;
import org.majlis.base.ui.Bidi;
import org.majlis.base.ui.Messages;

/**
 * Shows a token just issued, once: read-only, selectable, with a copy button. Closing it forgets the token; the list
 * shows only its first characters from then on.
 */
class IssuedTokenDialog extends Dialog {

    IssuedTokenDialog(IssuedApiToken issued) {
        setId("issued-token-dialog");
        setHeaderTitle(Bidi.message(this, "api.tokens.issued.title", issued.summary().name()));
        setModal(true);
        setCloseOnOutsideClick(false);
        var token = new TextField(getTranslation("api.tokens.issued.field"));
        token.setId("issued-token");
        token.setValue(issued.token());
        token.setReadOnly(true);
        token.setWidthFull();
        // A token is Latin letters and digits: left to right even on an Arabic page.
        token.getElement().setAttribute("dir", "ltr");
        token.addFocusListener(event -> token.getElement().executeJs("this.inputElement.select()"));
        var copy = new Button(getTranslation("api.tokens.copy"), VaadinIcon.COPY.create(), click -> {
            token.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)",
                    token.getValue());
            Messages.success(this, "api.tokens.copied");
        });
        copy.setId("copy-token");
        var done = new Button(getTranslation("api.tokens.done"), click -> close());
        done.setId("token-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("api.tokens.issued.text")), token);
        getFooter().add(copy, done);
        setWidth("min(40rem, 95vw)");
    }
}
