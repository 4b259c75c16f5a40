package org.majlis;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A browserless view test: the real Spring context on the embedded MariaDB (the same context as the other
 * {@link MajlisSpringTest}s), views created by Spring, the current user from {@code @WithMockUser}.
 */
@MajlisSpringTest
public abstract class BrowserlessViewTest extends SpringBrowserlessTest {

    @Override
    protected Set<String> scanPackages() {
        return Set.of("org.majlis");
    }

    /** Selects the first row of the grid that matches, as a click on it would. */
    protected <T> T selectRow(Grid<T> grid, Predicate<T> which) {
        var tester = test(grid);
        for (var row = 0; row < tester.size(); row++) {
            if (which.test(tester.getRow(row))) {
                tester.select(row);
                return tester.getRow(row);
            }
        }
        throw new AssertionError("No such row in " + grid.getId().orElse("grid"));
    }

    /** The items the grid shows now (after its filter), in their order. */
    protected <T> List<T> rows(Grid<T> grid) {
        var tester = test(grid);
        return java.util.stream.IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }

    /** The texts of the notifications on screen, as people read them ({@link #read}). */
    protected List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> read(test(n).getText())).toList();
    }

    protected static String error(HasValidation field) {
        return field.isInvalid() ? read(field.getErrorMessage()) : null;
    }

    /**
     * A text as people read it: without the invisible isolates (U+2066–U+2069) that keep names from reordering
     * the words around them ({@code base.ui.Bidi}).
     */
    public static String read(String text) {
        return text == null ? null : text.replaceAll("[\u2066-\u2069]", "");
    }
}
