package org.majlis.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.majlis.api.ApiTokenService;
import org.majlis.api.ApiTokenSummary;
import org.majlis.base.ui.Bidi;
import org.majlis.base.ui.Formats;
import org.majlis.base.ui.Messages;
import org.majlis.base.ui.UserTextSpan;
import org.majlis.base.ui.admin.AdminGrids;
import org.majlis.security.Roles;

import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The secretariat's API tokens: one per client system that reads Majlis through the read API. Issuing shows the
 * token once ({@link IssuedTokenDialog}); the list shows only its first characters, what it may read, who issued
 * it, and whether and when it was revoked. Revoking asks first and is final.
 */
@Route("admin/api-tokens")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 15, title = "nav.api-tokens", icon = "vaadin:key")
class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    /** Where the read API is described (springdoc's browser). */
    static final String DOCS = "/api/docs";

    private final ApiTokenService tokens;
    private final Grid<ApiTokenSummary> grid = new Grid<>();
    private final Button revoke;

    ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        addClassName("admin-view");
        setSizeFull();
        setId("api-tokens-view");
        var locale = getLocale();

        var intro = new Paragraph();
        intro.setId("api-tokens-intro");
        // An address reads left to right, also in an Arabic sentence: isolated, so the slash stays in front.
        var docs = new Anchor(DOCS, Bidi.isolate(DOCS));
        docs.getElement().setAttribute("dir", "ltr"); // an element with dir is isolated by the browser too
        // The translated sentence with the link where its {0} is: split at a marker no translation contains.
        var parts = getTranslation("api.tokens.intro", "\u0000").split("\u0000", 2);
        intro.add(parts[0]);
        intro.add(docs);
        if (parts.length > 1) {
            intro.add(parts[1]);
        }

        var create = new Button(getTranslation("api.tokens.new"), VaadinIcon.PLUS.create(),
                click -> new IssueTokenDialog(tokens, issued -> {
                    refresh();
                    new IssuedTokenDialog(issued).open();
                }).open());
        create.setId("new-api-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        revoke = new Button(getTranslation("api.tokens.revoke"), VaadinIcon.BAN.create(),
                click -> grid.asSingleSelect().getOptionalValue().ifPresent(this::confirmRevoke));
        revoke.setId("revoke-api-token");
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.setEnabled(false);

        grid.setId("api-tokens-grid");
        grid.addComponentColumn(t -> new UserTextSpan(t.name())).setHeader(getTranslation("api.tokens.name"))
                .setKey("name").setComparator(t -> t.name().toLowerCase(locale)).setWidth("14rem")
                .setFlexGrow(1);
        grid.addComponentColumn(t -> ltr(t.prefix() + "…")).setHeader(getTranslation("api.tokens.prefix"))
                .setKey("prefix").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::scopes).setHeader(getTranslation("api.tokens.scopes")).setKey("scopes")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> getTranslation("api.tokens.created-by", Formats.dateTime(t.createdAt(), locale),
                        t.createdBy()))
                .setHeader(getTranslation("api.tokens.created")).setKey("created")
                .setComparator(Comparator.comparing(ApiTokenSummary::createdAt)).setWidth("15rem").setFlexGrow(0);
        grid.addColumn(this::status).setHeader(getTranslation("api.tokens.status")).setKey("status")
                .setWidth("17rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("api.tokens.empty"));
        grid.setMinHeight("16rem");
        grid.asSingleSelect().addValueChangeListener(event ->
                revoke.setEnabled(event.getValue() != null && !event.getValue().revoked()));

        add(new H2(getTranslation("api.tokens.title")), intro, AdminGrids.toolbar(create, revoke), grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(tokens.list());
        revoke.setEnabled(false);
    }

    private String scopes(ApiTokenSummary token) {
        if (token.scopes().isEmpty()) {
            return getTranslation("api.tokens.scope.none");
        }
        return token.scopes().stream().sorted().map(scope -> getTranslation("api.tokens.scope." + scope.name()))
                .collect(Collectors.joining(", "));
    }

    private String status(ApiTokenSummary token) {
        return token.revokedAt() == null ? getTranslation("api.tokens.active")
                : getTranslation("api.tokens.revoked", Formats.dateTime(token.revokedAt(), getLocale()),
                token.revokedBy());
    }

    private void confirmRevoke(ApiTokenSummary token) {
        var confirm = new ConfirmDialog();
        confirm.setId("confirm-revoke");
        confirm.setHeader(getTranslation("api.tokens.revoke.title"));
        confirm.setText(Bidi.message(this, "api.tokens.revoke.text", token.name()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.setConfirmText(getTranslation("api.tokens.revoke"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            try {
                tokens.revoke(token.id());
                Messages.success(this, "api.tokens.revoked-message", token.name());
            } catch (RuntimeException failure) {
                if (!Messages.showFailure(this, failure, Map.of())) {
                    throw failure;
                }
            }
            refresh();
        });
        confirm.open();
    }

    private static Span ltr(String text) {
        var span = new Span(text);
        span.getElement().setAttribute("dir", "ltr");
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("api.tokens.page-title");
    }
}
