package org.majlis.outcome.ui;

import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.majlis.BrowserlessViewTest;
import org.majlis.matrix.ui.MatrixImportDialog;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** The secretariat's Outcome documents page offers Import next to each edition's matrix export. */
class OutcomeImportButtonTest extends BrowserlessViewTest {

    @Test
    @WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
    void the_secretariat_opens_the_import_of_an_editions_matrix_next_to_its_export() {
        navigate(OutcomeDocumentsView.class);
        assertThat($(Button.class).withId("outcome-15-matrix-import").all()).hasSize(1);
        test($(Button.class).id("outcome-16-matrix-import")).click();
        assertThat($(MatrixImportDialog.class).id("matrix-import-dialog").isOpened()).isTrue();
        assertThat($(Button.class).id("matrix-import-confirm").isEnabled()).isFalse();
    }
}
