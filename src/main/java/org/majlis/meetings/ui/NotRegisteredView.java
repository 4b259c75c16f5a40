package org.majlis.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.majlis.base.ui.LanguageSwitcher;
import org.majlis.base.ui.Bidi;
import org.majlis.base.ui.Messages;
import org.majlis.meetings.AccountLinks;
import org.majlis.security.CurrentUser;

/**
 * What someone sees who signed in through the identity provider but whom the secretariat has not registered as a
 * participant: who they are signed in as, what to do, a way to check again and a way to sign out. Not an error.
 */
@Route(value = NotRegisteredView.ROUTE, autoLayout = false)
@PermitAll
class NotRegisteredView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "not-registered";

    NotRegisteredView(CurrentUser currentUser, AccountLinks accountLinks, AuthenticationContext authentication) {
        addClassName("not-registered-view");
        setAlignItems(FlexComponent.Alignment.CENTER);
        setSizeFull();
        var identity = currentUser.require();
        var top = new Div(new LanguageSwitcher());
        top.addClassName("login-top");

        var title = new H2(getTranslation("meetings.not-registered.title"));
        title.setId("not-registered-title");
        var text = new Paragraph(Bidi.message(this, "meetings.not-registered.text", identity.displayName(),
                identity.email() == null ? identity.username() : identity.email()));
        text.setId("not-registered-text");
        var what = new Paragraph(getTranslation("meetings.not-registered.what-to-do"));

        var checkAgain = new Button(getTranslation("meetings.not-registered.check-again"), click -> {
            if (accountLinks.linkCurrentUser()) {
                click.getSource().getUI().ifPresent(ui -> ui.navigate(""));
            } else {
                Messages.error(this, "meetings.not-registered.still-not");
            }
        });
        checkAgain.setId("check-again");
        checkAgain.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var signOut = new Button(getTranslation("nav.sign-out"), click -> authentication.logout());
        signOut.setId("sign-out");
        var actions = new HorizontalLayout(checkAgain, signOut);

        var box = new Div(title, text, what, actions);
        box.addClassName("not-registered-box");
        add(top, new H1(getTranslation("app.name")), box);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meetings.not-registered.page-title");
    }
}
