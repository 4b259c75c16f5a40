package org.majlis.e2e;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enter in a date field of a secretariat dialog takes the typed date and nothing more: the dialog stays open (with
 * the last day the form proposes, for the secretariat to check); Enter in a text field still saves.
 */
class AdminDialogEnterIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void enter_in_a_date_field_takes_the_date_and_saves_nothing_until_enter_in_a_text_field() {
        var number = jdbc.queryForObject("SELECT COALESCE(MAX(number), 0) + 1 FROM edition", Integer.class);
        signIn("admin");
        open("/admin/editions");
        page.locator("#new-edition").click();
        page.locator("#number input").fill(String.valueOf(number));
        page.locator("#cityEn input").fill("Enter Town");

        var start = page.locator("#startDate input");
        start.click();
        start.pressSequentially("3/10/1931"); // in the past: the demo's 16th edition stays the current one
        start.press("Enter");
        waitForVaadin();

        assertThat(page.locator("#save")).isVisible();
        assertThat(page.locator("#endDate input")).hasValue("3/12/1931");
        assertThat(editions(number)).as("editions saved by Enter in the date field").isZero();

        page.locator("#cityEn input").press("Enter");
        waitForVaadin();

        assertThat(page.locator("#save")).isHidden();
        assertThat(editions(number)).isEqualTo(1);
    }

    private int editions(int number) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM edition WHERE number = ?", Integer.class, number);
    }
}
