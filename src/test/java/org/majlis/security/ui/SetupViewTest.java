package org.majlis.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.majlis.BrowserlessViewTest;
import org.junit.jupiter.api.Test;
import org.majlis.NoDemoSpringTest;
import org.majlis.security.SecretariatAccount;
import org.majlis.security.SecretariatSetup;
import org.majlis.security.SetupCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first start outside demo mode, on screen: every page leads to the setup screen until the secretariat's
 * account exists; then the setup screen is gone, and no page says "demo", names an account or a password.
 */
@NoDemoSpringTest
@WithAnonymousUser
class SetupViewTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    SecretariatSetup setup;
    @Autowired
    SetupCode setupCode;
    @Autowired
    JdbcTemplate jdbc;

    @Override
    protected Set<String> scanPackages() {
        return Set.of("org.majlis");
    }

    @AfterEach
    void backToAFreshInstallation() {
        jdbc.batchUpdate(NoDemoSpringTest.RESET_SETUP);
    }

    @Test
    void while_the_setup_is_pending_the_sign_in_page_and_the_home_page_lead_to_it() {
        assertThat(navigate("login", SetupView.class)).isInstanceOf(SetupView.class);
        assertThat(navigate("", SetupView.class)).isInstanceOf(SetupView.class);
        assertThat(navigate("rooms/1", SetupView.class)).isInstanceOf(SetupView.class);
    }

    @Test
    void the_operator_chooses_the_secretariat_account_and_lands_on_a_sign_in_page_that_names_nobody() {
        navigate(SetupView.class);
        fill("ops.secretariat", PASSWORD, PASSWORD);

        test(button()).click();

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(notifications()).contains("The secretariat account “ops.secretariat” has been created. Sign in"
                + " with it.");
        assertThat(find(Div.class).withId("demo-accounts").all()).isEmpty();
        assertThat(find(Div.class).withId("demo-banner").all()).isEmpty();
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContainIgnoringCase("demo")
                .doesNotContain("admin");
        assertThat(setup.pending()).isFalse();
    }

    @Test
    void once_done_the_setup_screen_is_gone() {
        setup.create(new SecretariatAccount("ops.secretariat", PASSWORD, PASSWORD, setupCode.current()));

        assertThat(navigate("setup", LoginView.class)).isInstanceOf(LoginView.class);
    }

    @Test
    void a_second_operator_on_a_setup_screen_opened_before_is_told_that_the_setup_is_done() {
        navigate(SetupView.class);
        fill("second.operator", PASSWORD, PASSWORD);
        // meanwhile, elsewhere
        setup.create(new SecretariatAccount("first.operator", PASSWORD, PASSWORD, setupCode.current()));

        test(button()).click();

        assertThat(notifications()).contains("The secretariat account already exists: the setup is done. Sign in"
                + " instead.");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(jdbc.queryForList("SELECT username FROM local_account", String.class))
                .containsExactly("first.operator");
    }

    @Test
    void bad_input_is_explained_next_to_its_field_in_arabic_and_nothing_is_created() {
        UI.getCurrent().setLocale(Locale.of("ar"));
        navigate(SetupView.class);
        fill("ops.secretariat", "قصيرة", "قصيرة");

        test(button()).click();

        var password = find(PasswordField.class).withId("setup-password").single();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("قصيرة جدًا: 12 حرفًا على الأقل");
        assertThat(getCurrentView()).isInstanceOf(SetupView.class);
        assertThat(setup.pending()).isTrue();
    }

    @Test
    @WithMockUser(username = "ops.secretariat", roles = {"USER", "ADMIN"})
    void outside_demo_mode_no_page_says_demo() {
        setup.create(new SecretariatAccount("ops.secretariat", PASSWORD, PASSWORD, setupCode.current()));

        UI.getCurrent().navigate(""); // the current edition, in MainLayout

        assertThat(find(Div.class).withId("demo-banner").all()).isEmpty();
    }

    private void fill(String username, String password, String confirmation) {
        test(find(TextField.class).withId("setup-code").single()).setValue(setupCode.current());
        test(find(TextField.class).withId("setup-username").single()).setValue(username);
        test(find(PasswordField.class).withId("setup-password").single()).setValue(password);
        test(find(PasswordField.class).withId("setup-confirmation").single()).setValue(confirmation);
    }

    private Button button() {
        return find(Button.class).withId("setup-submit").single();
    }

    /** The notifications as people read them (without the isolates around the username). */
    private java.util.List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> BrowserlessViewTest.read(test(n).getText())).toList();
    }
}
