package org.majlis.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.majlis.base.Language;

import java.nio.file.Paths;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In demo mode (the tests' default) the sign-in page and the header of every page say "Demo", readable (contrast at
 * least 4.5:1) and right-to-left in Arabic, without covering the header's controls. Screenshots in
 * {@code target/screenshots/demo-*.png}.
 */
class DemoBannerIT extends BrowserTest {

    /** WCAG contrast of an element's text colour against its own background colour. */
    private static final String CONTRAST = """
            element => {
              const rgb = colour => colour.match(/[\\d.]+/g).slice(0, 3).map(Number);
              const channel = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
              const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
              const style = getComputedStyle(element);
              const text = luminance(rgb(style.color)), back = luminance(rgb(style.backgroundColor));
              return (Math.max(text, back) + 0.05) / (Math.min(text, back) + 0.05);
            }""";

    @Test
    void the_sign_in_page_says_demo_in_english_and_in_arabic() {
        page.navigate(url("/login"));
        var banner = page.locator("#demo-banner");
        assertThat(banner).isVisible();
        assertThat(banner).containsText(text("demo.banner.label"));
        assertThat(banner).containsText(text("demo.banner.text"));
        assertThat(page.locator("#demo-accounts")).containsText("admin");
        assertReadable(banner);
        screenshot("demo-sign-in-en");

        useLanguage(Language.AR);
        page.navigate(url("/login"));
        assertThat(banner).containsText(text(Language.AR, "demo.banner.text"));
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(banner.evaluate("element => getComputedStyle(element).direction")).isEqualTo("rtl");
        assertReadable(banner);
        screenshot("demo-sign-in-ar");
    }

    @Test
    void the_header_of_every_page_says_demo_next_to_its_controls_in_english_and_in_arabic() {
        signIn("eco.fao");
        headerSaysDemo(Language.EN);
        screenshot("demo-header-en");

        useLanguage(Language.AR);
        page.reload();
        waitForVaadin();
        headerSaysDemo(Language.AR);
        var banner = page.locator("vaadin-app-layout #demo-banner").boundingBox();
        var signOut = page.locator("#sign-out").boundingBox();
        assertThat(signOut.x + signOut.width).as("sign-out on the left in Arabic").isLessThan(banner.x);
        screenshot("demo-header-ar");
    }

    private void headerSaysDemo(Language language) {
        var banner = page.locator("vaadin-app-layout #demo-banner");
        assertThat(banner).isVisible();
        assertThat(banner).containsText(text(language, "demo.banner.label"));
        assertReadable(banner);
        var box = banner.boundingBox();
        for (var control : new String[]{"#sign-out", "#language-switcher", "#current-user"}) {
            var other = page.locator(control).boundingBox();
            assertThat(page.locator(control)).isVisible();
            var apart = other.x >= box.x + box.width || box.x >= other.x + other.width
                    || other.y >= box.y + box.height || box.y >= other.y + other.height;
            assertThat(apart).as("%s is not covered by the banner", control).isTrue();
        }
    }

    private static void assertReadable(Locator banner) {
        assertThat((Double) ((Number) banner.evaluate(CONTRAST)).doubleValue()).as("contrast")
                .isGreaterThanOrEqualTo(4.5);
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png")));
    }
}
