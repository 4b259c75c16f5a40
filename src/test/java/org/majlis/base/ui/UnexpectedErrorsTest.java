package org.majlis.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.majlis.BrowserlessViewTest;
import org.majlis.base.RefusedException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A listener that throws never shows the user a stack trace: every session's error handler turns an unexpected
 * exception into "something went wrong; nothing was changed" with a reference that the log repeats next to the
 * details, and a known refusal nobody caught into its translated message.
 */
@WithMockUser(username = "eco.fao", roles = "USER")
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedErrorsTest extends BrowserlessViewTest {

    private static final Pattern REFERENCE = Pattern.compile("[0-9A-F]{8}");

    /** Clicks the probe's failing button and hands what it threw to the session's error handler, as Vaadin does. */
    private void clickTheFailingButton() {
        navigate(ErrorProbeView.class);
        var button = find(Button.class).withId("probe-fail").single();
        var thrown = new Throwable[1];
        assertThatThrownBy(() -> test(button).click()).satisfies(failure -> thrown[0] = failure);
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(thrown[0]));
    }

    @Test
    void every_session_gets_the_user_facing_error_handler() {
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(UserFacingErrorHandler.class);
    }

    @Test
    void an_unexpected_exception_in_a_button_shows_a_translated_notification_with_a_reference(CapturedOutput log) {
        clickTheFailingButton();

        assertThat(notifications()).singleElement().satisfies(shown -> {
            var reference = REFERENCE.matcher(shown);
            assertThat(reference.find()).as(shown).isTrue();
            assertThat(shown).isEqualTo(UI.getCurrent().getTranslation("error.unexpected", reference.group()))
                    .doesNotContain(ErrorProbeView.DETAIL, "Exception", "org.majlis");
            assertThat(log.getAll()).contains("reference " + reference.group(), ErrorProbeView.DETAIL,
                    "IllegalStateException", "eco.fao");
        });
    }

    @Test
    void the_notification_is_in_the_users_language() {
        UI.getCurrent().setLocale(Locale.of("ar"));

        clickTheFailingButton();

        assertThat(notifications()).singleElement().asString().startsWith("حدث خطأ ما");
    }

    @Test
    void a_refusal_that_no_view_caught_shows_its_own_translated_reason() {
        navigate(ErrorProbeView.class);

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                new RuntimeException(new RefusedException("common.access-denied"))));

        assertThat(notifications()).containsExactly(UI.getCurrent().getTranslation("common.access-denied"));
    }

    @Test
    void a_database_constraint_that_refused_a_change_is_told_as_such() {
        navigate(ErrorProbeView.class);

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                new DataIntegrityViolationException("Duplicate entry 'x' for key 'uk_secret_index'")));

        assertThat(notifications()).containsExactly(UI.getCurrent().getTranslation("common.data-conflict"))
                .noneMatch(text -> text.contains("uk_secret_index"));
    }
}
