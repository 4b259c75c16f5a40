package org.majlis.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.majlis.BrowserlessViewTest;
import org.majlis.security.ui.LoginView;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** In demo mode (the tests' default) every page says so: the header of the app and the sign-in page. */
class DemoBannerTest extends BrowserlessViewTest {

    @Test
    @WithMockUser(username = "eco.fao", roles = "USER")
    void the_header_of_every_page_says_demo() {
        UI.getCurrent().navigate(""); // the current edition, in MainLayout

        assertThat(banner().getElement().getTextRecursively())
                .isEqualTo("DemoSample data and public passwords — not for a real meeting");
    }

    @Test
    @WithMockUser(username = "eco.fao", roles = "USER")
    void the_banner_speaks_arabic() {
        UI.getCurrent().setLocale(Locale.of("ar"));
        navigate(LoginView.class); // away from the first page, so that the header is built anew
        UI.getCurrent().navigate(""); // the current edition, in MainLayout

        assertThat(banner().getElement().getTextRecursively()).startsWith("تجريبي");
    }

    @Test
    @WithAnonymousUser
    void the_sign_in_page_says_demo_and_lists_the_demo_accounts() {
        navigate(LoginView.class);

        assertThat(banner().getElement().getTextRecursively()).startsWith("Demo");
        assertThat(find(Div.class).withId("demo-accounts").single().getElement().getTextRecursively())
                .contains("“demo”").contains("admin").contains("eco.fao");
    }

    private Div banner() {
        return find(Div.class).withId("demo-banner").single();
    }
}
