package org.majlis.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.majlis.base.RefusedException;
import org.majlis.base.ui.LanguageSwitcher;
import org.majlis.base.ui.Messages;
import org.majlis.security.SecretariatAccount;
import org.majlis.security.SecretariatSetup;

import java.util.Map;

/**
 * The first-start setup (outside demo mode, with local accounts, while no secretariat account can sign in): the
 * operator enters the setup code from the server's log and chooses the secretariat's username and password. Only
 * until the account exists;
 * afterwards it leads to the sign-in page (or, signed in, to the current edition), and a late second operator is told
 * that the setup is done.
 */
@Route(value = SetupView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class SetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "setup";

    private final SecretariatSetup setup;
    private final AuthenticationContext authentication;
    private final TextField code = new TextField();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField confirmation = new PasswordField();

    public SetupView(SecretariatSetup setup, AuthenticationContext authentication) {
        this.setup = setup;
        this.authentication = authentication;
        addClassName("login-view");
        addClassName("setup-view");
        setAlignItems(FlexComponent.Alignment.CENTER);
        setSizeFull();

        var top = new Div(new LanguageSwitcher());
        top.addClassName("login-top");
        var title = new H2(getTranslation("setup.title"));
        title.setId("setup-title");
        var intro = new Paragraph(getTranslation("setup.intro"));
        intro.setId("setup-intro");
        intro.addClassName("setup-intro");

        code.setId("setup-code");
        code.setLabel(getTranslation("setup.code"));
        code.setHelperText(getTranslation("setup.code.helper"));
        code.setMaxLength(40);
        code.setAutocomplete(Autocomplete.OFF);
        code.addClassName("latin-input"); // typed left to right, also in Arabic (majlis.css)
        username.setId("setup-username");
        username.setLabel(getTranslation("setup.username"));
        username.setHelperText(getTranslation("setup.username.helper"));
        username.setMaxLength(SecretariatSetup.MAX_USERNAME_LENGTH);
        username.setAutocomplete(Autocomplete.USERNAME);
        username.addClassName("latin-input"); // typed left to right, also in Arabic (majlis.css)
        password.setId("setup-password");
        password.setLabel(getTranslation("setup.password"));
        password.setHelperText(getTranslation("setup.password.helper", SecretariatSetup.MIN_PASSWORD_LENGTH));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        confirmation.setId("setup-confirmation");
        confirmation.setLabel(getTranslation("setup.confirmation"));
        confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);
        var create = new Button(getTranslation("setup.submit"), click -> create());
        create.setId("setup-submit");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);

        var form = new Div(title, intro, code, username, password, confirmation, create);
        form.setId("setup-form");
        form.addClassName("setup-form");
        add(top, new H1(getTranslation("app.name")), form);
    }

    private void create() {
        Messages.clear(fields());
        try {
            var created = setup.create(new SecretariatAccount(username.getValue(), password.getValue(),
                    confirmation.getValue(), code.getValue()));
            Messages.success(this, "setup.created", created);
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        } catch (RefusedException done) {
            Messages.showFailure(this, done, fields());
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        } catch (RuntimeException failure) {
            // The typed passwords stay, so that the operator can correct them next to their error messages.
            if (!Messages.showFailure(this, failure, fields())) {
                throw failure;
            }
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("setupCode", code, "username", username, "password", password, "confirmation", confirmation);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!setup.pending()) {
            if (authentication.isAuthenticated()) {
                event.forwardTo("");
            } else {
                event.forwardTo(LoginView.class);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.page-title");
    }
}
