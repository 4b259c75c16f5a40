package org.majlis.security;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.majlis.security.ui.LoginView;
import org.majlis.security.ui.SingleSignOnView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Profile {@code keycloak} with Keycloak down (nothing listens at the issuer): Majlis starts anyway, and its sign-in
 * page says what is going on instead of failing.
 */
@SpringBootTest(properties = "majlis.oidc.issuer-uri=http://127.0.0.1:1/realms/majlis")
@ActiveProfiles({"test", "keycloak"})
class KeycloakDownTest extends SpringBrowserlessTest {

    @Autowired
    IdentityProvider identityProvider;
    @Autowired
    LocalAccounts localAccounts;

    @Test
    void majlis_starts_while_keycloak_is_down_and_knows_it_is_down() {
        assertThat(identityProvider.reachable()).isFalse();
    }

    @Test
    void the_sign_in_page_says_that_the_identity_provider_is_unreachable() {
        navigate(SingleSignOnView.class);

        assertThat(find(Div.class).withId("sign-in-status").single().getElement().getAttribute("data-state"))
                .isEqualTo("unreachable");
        assertThat(find(H2.class).withId("sign-in-title").single().getText())
                .isEqualTo("The sign-in service is unreachable");
        assertThat(find(Button.class).withId("sign-in-again").single().getText()).isEqualTo("Try again");
    }

    @Test
    void after_signing_out_the_page_says_so_without_sending_anyone_back_to_keycloak() {
        UI.getCurrent().navigate(SingleSignOnView.class, QueryParameters.of(SingleSignOnView.SIGNED_OUT, ""));

        assertThat(find(H2.class).withId("sign-in-title").single().getText()).isEqualTo("You have signed out");
    }

    @Test
    void the_local_sign_in_page_sends_people_to_single_sign_on_and_no_local_accounts_are_offered() {
        var view = navigate("login", SingleSignOnView.class);

        assertThat(view).isInstanceOf(SingleSignOnView.class);
        assertThat(localAccounts.enabled()).isFalse();
        assertThat(localAccounts.demoAccounts()).isEmpty();
        assertThat(getCurrentView()).isNotInstanceOf(LoginView.class);
    }

    @Test
    void the_sign_in_page_says_it_in_french() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(SingleSignOnView.class);

        assertThat(find(H2.class).withId("sign-in-title").single().getText())
                .isEqualTo("Le service de connexion est injoignable");
    }

    @Test
    void the_sign_in_page_says_it_in_arabic() {
        UI.getCurrent().setLocale(Locale.of("ar"));
        navigate(SingleSignOnView.class);

        assertThat(find(H2.class).withId("sign-in-title").single().getText())
                .isEqualTo("خدمة تسجيل الدخول غير متاحة");
    }
}
