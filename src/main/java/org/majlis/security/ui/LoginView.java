package org.majlis.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.majlis.base.DemoMode;
import org.majlis.base.ui.DemoBanner;
import org.majlis.base.ui.LanguageSwitcher;
import org.majlis.security.IdentityProvider;
import org.majlis.security.LocalAccounts;
import org.majlis.security.internal.SignInThrottle;
import org.majlis.security.internal.SignInThrottleFilter;
import org.springframework.beans.factory.ObjectProvider;

import java.util.List;

/**
 * Sign-in with a local account (the embedded default). In demo mode it says so and lists the demo accounts; outside
 * demo mode it names no account and no password. With the {@code keycloak} profile there are no local accounts: it
 * sends people to {@link SingleSignOnView}. While the first-start setup is pending, {@link SetupGuard} sends everyone
 * to {@link SetupView} instead.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final boolean singleSignOn;

    public LoginView(LocalAccounts localAccounts, ObjectProvider<IdentityProvider> identityProvider,
                     DemoMode demoMode) {
        singleSignOn = identityProvider.getIfAvailable() != null;
        addClassName("login-view");
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.START);
        setSizeFull();

        var switcher = new LanguageSwitcher();
        var top = new Div(switcher);
        top.addClassName("login-top");

        var title = new H1(getTranslation("app.name"));
        var subtitle = new Paragraph(getTranslation("login.subtitle"));
        subtitle.addClassName("login-subtitle");

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());

        if (demoMode.on()) {
            add(new DemoBanner());
        }
        add(top, title, subtitle, login);

        var demo = localAccounts.demoAccounts();
        if (!demo.isEmpty()) {
            var box = new Div();
            box.setId("demo-accounts");
            box.addClassName("demo-accounts");
            box.add(new H3(getTranslation("login.demo.title")),
                    new Paragraph(getTranslation("login.demo.text", LocalAccounts.DEMO_PASSWORD)));
            var list = new Div();
            list.addClassName("demo-account-list");
            demo.forEach(account -> {
                var name = new Span(account.username());
                name.addClassName("demo-account");
                name.getElement().setAttribute("dir", "ltr");
                if (account.admin()) {
                    name.getElement().setAttribute("title", getTranslation("login.demo.admin"));
                    name.addClassName("demo-admin");
                }
                list.add(name);
            });
            box.add(list);
            add(box);
        }
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (singleSignOn) {
            event.forwardTo(SingleSignOnView.class);
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey(SignInThrottleFilter.THROTTLED)) {
            showThrottled(parameters.get(SignInThrottleFilter.THROTTLED));
        } else if (parameters.containsKey("error")) {
            login.setError(true);
        }
    }

    /** Too many failed attempts: the same message whether or not the account exists ({@link SignInThrottle}). */
    private void showThrottled(List<String> minutes) {
        var i18n = i18n();
        i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.throttled.message",
                SignInThrottleFilter.minutesLeft(minutes)));
        login.setI18n(i18n);
        login.setError(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
