package org.majlis.meetings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.majlis.BrowserlessViewTest;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HomeViewTest extends BrowserlessViewTest {

    /** Room kind → the role line on each card of the home page. */
    private List<String> cards() {
        return find(Div.class).withClassName("room-card").all().stream()
                .map(card -> card.getElement().getAttribute("data-room-kind") + ": "
                        + find(Paragraph.class, card).withClassName("room-role").single().getText())
                .toList();
    }

    @Test
    @WithMockUser(username = "pol.chair.un", roles = "USER")
    void a_chair_sees_their_rooms_with_their_role_in_each() {
        navigate(HomeView.class);
        assertThat(cards()).containsExactly("PLENARY: Your role: Agency representative",
                "POLITICAL: Your role: Co-chair");
    }

    @Test
    @WithMockUser(username = "eco.fao", roles = "USER")
    void a_delegate_sees_only_their_rooms() {
        navigate(HomeView.class);
        assertThat(cards()).containsExactly("PLENARY: Your role: Agency representative",
                "ECONOMIC_SCIENTIFIC: Your role: Agency representative");
    }

    @Test
    @WithMockUser(username = "un.asg", roles = "USER")
    void a_plenary_chair_sees_the_plenary() {
        navigate(HomeView.class);
        assertThat(cards()).containsExactly("PLENARY: Your role: Co-chair");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
    void the_secretariat_sees_every_room_of_the_current_edition() {
        navigate(HomeView.class);
        assertThat(cards()).hasSizeGreaterThanOrEqualTo(4)
                .contains("PLENARY: You follow this room for the secretariat");
    }
}
