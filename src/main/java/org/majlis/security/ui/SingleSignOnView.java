package org.majlis.security.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.jspecify.annotations.Nullable;
import org.majlis.base.DemoMode;
import org.majlis.base.ui.DemoBanner;
import org.majlis.base.ui.LanguageSwitcher;
import org.majlis.security.IdentityProvider;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The sign-in page of the {@code keycloak} profile. It sends the browser straight on to Keycloak's sign-in form
 * when Keycloak answers; otherwise it says that the identity provider is unreachable and carries on by itself as
 * soon as it answers again. It also greets people who have just signed out, and those whose sign-in failed.
 */
@Route(value = SingleSignOnView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class SingleSignOnView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "sign-in";
    /** Query parameter of the page Keycloak sends people back to after signing out. */
    public static final String SIGNED_OUT = "signed-out";
    /** Query parameter Spring Security adds when the sign-in failed. */
    static final String ERROR = "error";
    static final int POLL_MILLIS = 4000;

    private final @Nullable IdentityProvider provider;
    private final AuthenticationContext authentication;
    private final Div status = new Div();
    private @Nullable Registration pollRegistration;
    private boolean waitingForProvider;

    public SingleSignOnView(ObjectProvider<IdentityProvider> provider, AuthenticationContext authentication,
                            DemoMode demoMode) {
        this.provider = provider.getIfAvailable();
        this.authentication = authentication;
        addClassName("login-view");
        setAlignItems(FlexComponent.Alignment.CENTER);
        setSizeFull();
        var top = new Div(new LanguageSwitcher());
        top.addClassName("login-top");
        status.setId("sign-in-status");
        status.addClassName("sign-in-status");
        if (demoMode.on()) {
            add(new DemoBanner());
        }
        add(top, new H1(getTranslation("app.name")), status);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (provider == null) {
            event.forwardTo(LoginView.class); // the embedded default signs in with local accounts
            return;
        }
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey(SIGNED_OUT)) {
            show("signed-out", "security.sign-in.signed-out.title", "security.sign-in.signed-out.text",
                    "security.sign-in.again");
        } else if (parameters.containsKey(ERROR)) {
            show("failed", "security.sign-in.failed.title", "security.sign-in.failed.text", "security.sign-in.retry");
        } else if (provider.reachable()) {
            event.forwardToUrl(provider.loginUrl());
        } else {
            show("unreachable", "security.sign-in.unreachable.title", "security.sign-in.unreachable.text",
                    "security.sign-in.retry");
            waitingForProvider = true;
        }
    }

    private void show(String state, String titleKey, String textKey, String buttonKey) {
        status.removeAll();
        status.getElement().setAttribute("data-state", state);
        var title = new H2(getTranslation(titleKey));
        title.setId("sign-in-title");
        var text = new Paragraph(getTranslation(textKey));
        text.setId("sign-in-text");
        // A fresh visit of this page goes on to Keycloak if it answers, or says again that it does not.
        var again = new Button(getTranslation(buttonKey), click -> click.getSource().getUI()
                .ifPresent(ui -> ui.getPage().setLocation(ROUTE)));
        again.setId("sign-in-again");
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status.add(title, text, again);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (waitingForProvider && provider != null) {
            var ui = attachEvent.getUI();
            ui.setPollInterval(POLL_MILLIS);
            pollRegistration = ui.addPollListener(poll -> {
                if (provider.reachable()) {
                    ui.setPollInterval(-1);
                    ui.getPage().setLocation(provider.loginUrl());
                }
            });
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
            detachEvent.getUI().setPollInterval(-1);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.sign-in.page-title");
    }
}
