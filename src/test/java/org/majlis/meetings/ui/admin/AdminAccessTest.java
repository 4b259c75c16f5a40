package org.majlis.meetings.ui.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.majlis.BrowserlessViewTest;
import org.majlis.base.ui.AccessDeniedView;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AdminAccessTest extends BrowserlessViewTest {

    private List<String> sideNavPaths() {
        return find(SideNav.class).id("side-nav").getItems().stream().map(SideNavItem::getPath).toList();
    }

    @Test
    @WithMockUser(username = "eco.fao", roles = "USER")
    void a_delegate_cannot_open_the_admin_views() {
        for (var path : List.of("admin/editions", "admin/organisations", "admin/participants")) {
            UI.getCurrent().navigate(path);
            assertThat(getCurrentView()).as(path).isInstanceOf(AccessDeniedView.class);
        }
    }

    @Test
    @WithMockUser(username = "eco.fao", roles = "USER")
    void a_delegate_sees_no_admin_entries_in_the_side_nav() {
        assertThat(sideNavPaths()).isNotEmpty().noneMatch(path -> path.startsWith("admin"));
    }

    @Test
    @WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
    void the_secretariat_sees_the_admin_entries_and_opens_them() {
        assertThat(sideNavPaths()).contains("admin/editions", "admin/organisations", "admin/participants");
        assertThat(find(SideNav.class).id("side-nav").getItems()).extracting(SideNavItem::getLabel)
                .contains("Editions", "Organisations", "Participants");
        UI.getCurrent().navigate("admin/participants");
        assertThat(getCurrentView()).isInstanceOf(ParticipantsView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Participants · Majlis");
    }
}
