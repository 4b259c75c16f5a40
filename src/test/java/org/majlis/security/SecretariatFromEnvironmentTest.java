package org.majlis.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.majlis.NoDemoSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The first-start setup without a browser: MAJLIS_ADMIN_USERNAME and MAJLIS_ADMIN_PASSWORD create the secretariat's
 * account at start-up (the runner with the values the environment would give it), never twice, never a weak one.
 */
@NoDemoSpringTest
class SecretariatFromEnvironmentTest {

    @Autowired
    SecretariatSetup setup;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToAFreshInstallation() {
        jdbc.batchUpdate(NoDemoSpringTest.RESET_SETUP);
    }

    @Test
    void the_environment_creates_the_secretariat_account_and_closes_the_setup_screen() {
        start("ops.secretariat", "from the environment");

        assertThat(admins()).isEqualTo("ops.secretariat");
        assertThat(setup.pending()).isFalse();
    }

    @Test
    void once_a_secretariat_account_exists_the_environment_changes_nothing() {
        start("ops.secretariat", "from the environment");
        var hash = jdbc.queryForObject("SELECT password_hash FROM local_account", String.class);

        start("ops.secretariat", "another password for it");
        start("someone.else", "another password for it");

        assertThat(admins()).isEqualTo("ops.secretariat");
        assertThat(jdbc.queryForObject("SELECT password_hash FROM local_account", String.class)).isEqualTo(hash);
    }

    @Test
    void a_weak_password_stops_the_start_and_names_the_variables() {
        assertThatThrownBy(() -> start("ops.secretariat", "short"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MAJLIS_ADMIN_PASSWORD").hasMessageContaining("password-short");
        assertThat(admins()).isEmpty();
    }

    @Test
    void only_one_of_the_two_variables_stops_the_start() {
        assertThatThrownBy(() -> start("ops.secretariat", ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("MAJLIS_ADMIN_PASSWORD");
        assertThat(admins()).isEmpty();
    }

    private void start(String username, String password) {
        new SecretariatFromEnvironment(setup, username, password).run(new DefaultApplicationArguments());
    }

    private String admins() {
        return String.join(",", jdbc.queryForList("SELECT username FROM local_account WHERE is_admin", String.class));
    }
}
