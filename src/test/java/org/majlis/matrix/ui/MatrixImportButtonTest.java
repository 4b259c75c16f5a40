package org.majlis.matrix.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.BrowserlessViewTest;
import org.majlis.matrix.MatrixFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** The Import button of a room's Matrix tab, without a browser: the rapporteur gets it, a delegate does not. */
class MatrixImportButtonTest extends BrowserlessViewTest {

    @Autowired
    MatrixFixtures fx;
    long eco;

    @BeforeEach
    void room() {
        eco = fx.astanaEco();
    }

    @SuppressWarnings("unchecked")
    private void openMatrix() throws Exception {
        navigate("rooms/" + eco, (Class<Component>) Class.forName("org.majlis.meetings.ui.RoomView"));
        var tabs = find(TabSheet.class).id("room-tabs");
        for (var i = 0; ; i++) {
            if ("Matrix".equals(tabs.getTabAt(i).getLabel())) {
                tabs.setSelectedIndex(i);
                return;
            }
        }
    }

    @Test
    @WithMockUser(username = "eco.rapporteur", roles = "USER")
    void the_rapporteur_opens_the_import_dialog_from_the_matrix_tab() throws Exception {
        openMatrix();
        test(find(Button.class).id("matrix-import")).click();
        assertThat(find(MatrixImportDialog.class).id("matrix-import-dialog").isOpened()).isTrue();
        assertThat(find(Button.class).id("matrix-import-confirm").isEnabled()).isFalse();
    }

    @Test
    @WithMockUser(username = "eco.fao", roles = "USER")
    void a_delegate_has_no_import_button() throws Exception {
        openMatrix();
        assertThat(find(Button.class).withId("matrix-import").exists()).isFalse();
    }
}
