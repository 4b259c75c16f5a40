package org.majlis.floor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import org.majlis.base.ui.Formats;
import org.majlis.base.ui.Messages;
import org.majlis.floor.BigScreenService;
import org.majlis.floor.IssuedScreenLink;
import org.majlis.floor.ScreenLinkSummary;

import java.util.Map;

/**
 * The room's big-screen links for its chairs and the secretariat: make a new one (its full address is shown here
 * once, to copy or open on the projector's computer), see those that still work (who made them, when, last used)
 * and revoke one after confirming. Only the service decides who may; this dialog only shows the way.
 */
class BigScreenLinksDialog extends Dialog {

    private final BigScreenService screens;
    private final long roomId;
    private final Grid<ScreenLinkSummary> grid = new Grid<>();
    private final Div issued = new Div();

    BigScreenLinksDialog(BigScreenService screens, long roomId, boolean mayChange) {
        this.screens = screens;
        this.roomId = roomId;
        setId("screen-links-dialog");
        setHeaderTitle(getTranslation("screen.links.title"));
        setWidth("min(52rem, 95vw)");
        var locale = getLocale();
        var create = new Button(getTranslation("screen.links.create"), VaadinIcon.PLUS.create(), click -> create());
        create.setId("screen-link-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(mayChange);
        issued.setId("screen-link-issued");
        issued.setVisible(false);
        grid.setId("screen-links-grid");
        grid.addColumn(link -> link.prefix() + "…").setHeader(getTranslation("screen.links.prefix"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(link -> getTranslation("screen.links.created-by", Formats.dateTime(link.createdAt(), locale),
                link.createdBy())).setHeader(getTranslation("screen.links.created")).setFlexGrow(1);
        grid.addColumn(link -> link.lastUsedAt() == null ? getTranslation("screen.links.never")
                : Formats.dateTime(link.lastUsedAt(), locale)).setHeader(getTranslation("screen.links.last-used"))
                .setAutoWidth(true).setFlexGrow(0);
        if (mayChange) {
            grid.addComponentColumn(link -> {
                var revoke = new Button(getTranslation("screen.links.revoke"), VaadinIcon.BAN.create(),
                        click -> confirmRevoke(link));
                revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                revoke.setId("screen-link-revoke-" + link.id());
                return revoke;
            }).setKey("revoke").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText(getTranslation("screen.links.empty"));
        grid.setAllRowsVisible(true);
        var close = new Button(getTranslation("screen.links.close"), click -> close());
        close.setId("screen-links-close");
        add(new Paragraph(getTranslation("screen.links.intro")), create, issued, grid);
        getFooter().add(close);
        refresh();
    }

    private void refresh() {
        grid.setItems(screens.links(roomId));
    }

    private void create() {
        try {
            show(screens.create(roomId));
            refresh();
        } catch (RuntimeException failure) {
            if (!Messages.showFailure(this, failure, Map.of())) {
                throw failure;
            }
        }
    }

    /** The new link's address, once: the browser makes it absolute (the address it reached Majlis by). */
    private void show(IssuedScreenLink link) {
        issued.removeAll();
        var address = new TextField(getTranslation("screen.links.address"));
        address.setId("screen-link-address");
        address.setReadOnly(true);
        address.setWidthFull();
        address.getElement().setAttribute("dir", "ltr");
        var relative = BigScreenView.route(link.token(), null);
        address.setValue(relative);
        address.getElement().executeJs("return new URL($0, document.baseURI).href", relative)
                .then(String.class, address::setValue);
        address.addFocusListener(event -> address.getElement().executeJs("this.inputElement.select()"));
        var copy = new Button(getTranslation("screen.links.copy"), VaadinIcon.COPY.create(), click -> {
            address.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)",
                    address.getValue());
            Messages.success(this, "screen.links.copied");
        });
        copy.setId("screen-link-copy");
        var open = new Anchor(relative, getTranslation("screen.links.open-screen"));
        open.setTarget(AnchorTarget.BLANK);
        open.setId("screen-link-open");
        open.getElement().setAttribute("router-ignore", true);
        var once = new Span(getTranslation("screen.links.shown-once"));
        once.addClassName("warning-text");
        issued.add(address, new Div(copy, open), once);
        issued.setVisible(true);
    }

    private void confirmRevoke(ScreenLinkSummary link) {
        var confirm = new ConfirmDialog();
        confirm.setId("confirm-revoke-screen-link");
        confirm.setHeader(getTranslation("screen.links.revoke.title"));
        confirm.setText(getTranslation("screen.links.revoke.text", link.prefix()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.setConfirmText(getTranslation("screen.links.revoke"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            try {
                screens.revoke(roomId, link.id());
                Messages.success(this, "screen.links.revoked");
            } catch (RuntimeException failure) {
                if (!Messages.showFailure(this, failure, Map.of())) {
                    throw failure;
                }
            }
            refresh();
        });
        confirm.open();
    }
}
