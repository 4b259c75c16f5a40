package org.majlis.e2e;

import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An address with a parameter that is not a valid id ({@code /rooms/abc}, a number beyond {@code long}) shows the
 * translated "page not found" page with status 404 — never a stack trace. Covers every route with parameters.
 */
class RouteParametersIT extends BrowserTest {

    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z]+)(\\([^)]*\\))?[?*]?");
    private static final List<String> NOT_IDS = List.of("abc", "99999999999999999999", "12abc", "-", "1.5");

    /**
     * Routes whose parameter is a secret, not an id: the big screen's link (ADR 0048). A malformed or unknown secret
     * shows that page's own "this link does not work" (its test: BigScreenViewTest), telling nothing about which
     * secrets exist.
     */
    private static final List<String> SECRETS = List.of("screen/:token");

    @Test
    void a_room_address_that_is_not_a_number_is_page_not_found() {
        signIn("admin");

        var response = page.navigate(url("/rooms/abc"));
        waitForVaadin();

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("#not-found h2")).hasText(text("error.not-found.title"));
        assertNoJavaInThePage();
    }

    @Test
    void every_route_with_a_parameter_answers_a_malformed_one_with_page_not_found() {
        var templates = parameterisedRoutes();
        assertThat(templates).as("routes with parameters").isNotEmpty();
        signIn("admin");

        for (var template : templates) {
            for (var value : NOT_IDS) {
                var path = "/" + PARAMETER.matcher(template).replaceAll(value);
                var response = page.navigate(url(path));
                waitForVaadin();

                assertThat(response.status()).as(path).isEqualTo(404);
                assertThat(page.locator("#not-found h2")).hasText(text("error.not-found.title"));
                assertNoJavaInThePage();
            }
        }
    }

    @Test
    void an_address_no_page_has_is_page_not_found() {
        signIn("eco.fao");

        for (var path : List.of("/no-such-page", "/rooms/", "/rooms/5/agenda", "/admin/nothing")) {
            var response = page.navigate(url(path));
            waitForVaadin();

            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(page.locator("#not-found h2")).hasText(text("error.not-found.title"));
        }
    }

    private void assertNoJavaInThePage() {
        var body = page.locator("body").innerText();
        assertThat(body).doesNotContain("Exception", "java.", "org.majlis", "\tat ");
    }

    /** Every {@code @Route} template of the application that has a parameter ({@code rooms/:roomId}). */
    static List<String> parameterisedRoutes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        var templates = new ArrayList<String>();
        for (var candidate : scanner.findCandidateComponents("org.majlis")) {
            var type = ClassUtils.resolveClassName(candidate.getBeanClassName(), RouteParametersIT.class.getClassLoader());
            var template = type.getAnnotation(Route.class).value();
            if (template.contains(":") && !SECRETS.contains(template)) {
                templates.add(template);
            }
        }
        return templates;
    }
}
