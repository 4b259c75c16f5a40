package org.majlis.audit;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action the trail can record has a label in the translation files (the audit view and its exports show the
 * label; TranslationsTest then keeps French and Arabic complete), and a stored code is read back as its action.
 */
class AuditActionTest {

    @Test
    void every_action_has_a_translated_label() throws IOException {
        var english = new Properties();
        try (var in = AuditActionTest.class.getResourceAsStream("/vaadin-i18n/translations_en.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (var action : AuditAction.values()) {
            assertThat(english.getProperty(action.labelKey())).as(action.labelKey()).isNotBlank();
        }
    }

    @Test
    void a_stored_code_is_read_back_and_an_unknown_one_is_not_guessed() {
        assertThat(AuditAction.of("FLOOR_GIVEN")).contains(AuditAction.FLOOR_GIVEN);
        assertThat(AuditAction.of("floor_given")).isEmpty();
        assertThat(AuditAction.of("SOMETHING_LATER")).isEmpty();
    }
}
