package org.majlis.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.majlis.BrowserlessViewTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outage banner of every page (ADR 0052): hidden while the database answers, translated, and shown at once when
 * an action of the page fails for want of the database, with the action's own message.
 */
class DatabaseBannerTest extends BrowserlessViewTest {

    /** The component and everything in it, hidden ones included (the tester's {@code find} sees visible ones only). */
    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(DatabaseBannerTest::descendants));
    }

    @Test
    @WithMockUser(username = "eco.fao", roles = "USER")
    void hidden_while_the_database_answers_and_shown_at_once_when_an_action_fails_for_want_of_it() {
        UI.getCurrent().navigate(""); // the current edition, in MainLayout
        var banner = (Div) descendants(find(MainLayout.class).single())
                .filter(c -> c.getId().filter("database-unavailable"::equals).isPresent()).findFirst().orElseThrow();
        assertThat(banner.isVisible()).isFalse();
        assertThat(banner.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(banner.getElement().getTextRecursively()).isEqualTo(banner.getTranslation("outage.database.title")
                + banner.getTranslation("outage.database.text"));

        var failure = new CannotCreateTransactionException("Could not open JPA EntityManager",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
        assertThat(Messages.showFailure(banner, failure, Map.of())).isTrue();

        assertThat(banner.isVisible()).isTrue();
        assertThat(notifications()).contains(read(banner.getTranslation("common.database-unavailable")));
    }
}
