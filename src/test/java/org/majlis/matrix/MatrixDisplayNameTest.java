package org.majlis.matrix;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.majlis.MajlisSpringTest;
import org.majlis.base.UserText;
import org.majlis.meetings.RoomKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.matrix.MatrixFixtures.uniqueCode;

/**
 * A secretariat member signed in through Keycloak with a very long display name (Keycloak allows 255 characters
 * for each of first and last name) acts on the matrix: the name is stored cut to the 150 characters the columns
 * hold, with an ellipsis, instead of failing the save.
 */
@MajlisSpringTest
class MatrixDisplayNameTest {

    /** 300 characters, with an override that must not reach the database either. */
    static final String LONG_NAME = "María José\u202E " + "de la Santísima Trinidad ".repeat(12);

    @Autowired
    MatrixService matrix;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MatrixFixtures fx;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signInThroughKeycloakAsSecretariat(String name) {
        var now = Instant.now();
        var subject = UUID.randomUUID().toString();
        var token = new OidcIdToken("id-token", now, now.plusSeconds(300), Map.of("sub", subject,
                "preferred_username", "kc-" + subject.substring(0, 8), "name", name));
        var authorities = AuthorityUtils.createAuthorityList("ROLE_USER", "ROLE_ADMIN");
        SecurityContextHolder.getContext().setAuthentication(new OAuth2AuthenticationToken(
                new DefaultOidcUser(authorities, token, "preferred_username"), authorities, "keycloak"));
    }

    @Test
    void a_300_character_keycloak_name_is_stored_cut_with_an_ellipsis_on_the_entry_its_revisions_and_comments() {
        assertThat(LONG_NAME).hasSizeGreaterThanOrEqualTo(300);
        signInThroughKeycloakAsSecretariat(LONG_NAME);
        var imported = matrix.importAdopted(fx.room(15, RoomKind.ECONOMIC_SCIENTIFIC),
                fx.foodSecurity(uniqueCode()).withTimeframe(null, null), "Loaded from the Geneva outcome");
        var id = imported.entry().id();
        matrix.comment(id, "Checked against the signed document");

        var stored = jdbc.queryForObject("SELECT updated_by FROM matrix_entry WHERE id = ?", String.class, id);
        assertThat(stored).hasSize(UserText.DISPLAY_NAME_MAX).startsWith("María José de la Santísima Trinidad")
                .endsWith("…").doesNotContain("\u202E");
        assertThat(jdbc.queryForObject("SELECT author_name FROM matrix_revision WHERE entry_id = ?", String.class, id))
                .isEqualTo(stored);
        assertThat(jdbc.queryForObject("SELECT author_name FROM matrix_comment WHERE entry_id = ?", String.class, id))
                .isEqualTo(stored);
        assertThat(imported.entry().updatedBy()).isEqualTo(stored);
    }
}
