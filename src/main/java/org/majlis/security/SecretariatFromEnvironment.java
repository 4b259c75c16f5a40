package org.majlis.security;

import org.majlis.base.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first-start setup without a browser: {@code MAJLIS_ADMIN_USERNAME} and {@code MAJLIS_ADMIN_PASSWORD} create the
 * secretariat's account at start-up when none can sign in. A password that breaks the setup's rules stops the start
 * (the operator is at the console); once the account exists the variables change nothing and should be removed.
 */
@Component
class SecretariatFromEnvironment implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SecretariatFromEnvironment.class);

    private final SecretariatSetup setup;
    private final String username;
    private final String password;

    SecretariatFromEnvironment(SecretariatSetup setup, @Value("${majlis.admin.username:}") String username,
                               @Value("${majlis.admin.password:}") String password) {
        this.setup = setup;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank() && password.isBlank()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            throw new IllegalStateException("Set both MAJLIS_ADMIN_USERNAME and MAJLIS_ADMIN_PASSWORD (or neither,"
                    + " and create the secretariat's account on the setup screen)");
        }
        try {
            if (setup.createFromEnvironment(username, password)) {
                log.warn("Secretariat account '{}' created from MAJLIS_ADMIN_USERNAME/MAJLIS_ADMIN_PASSWORD; remove"
                        + " them from the environment", username.strip());
            } else {
                log.warn("MAJLIS_ADMIN_USERNAME/MAJLIS_ADMIN_PASSWORD ignored: a secretariat account exists already"
                        + " (or demo mode or Keycloak is on); remove them from the environment");
            }
        } catch (InvalidInputException e) {
            throw new IllegalStateException("MAJLIS_ADMIN_USERNAME/MAJLIS_ADMIN_PASSWORD refused: " + e.errors().stream()
                    .map(error -> error.field() + " " + error.messageKey().replace("validation.setup.", ""))
                    .toList() + " (a username of 3 to " + SecretariatSetup.MAX_USERNAME_LENGTH
                    + " letters, digits or . _ @ -; a password of at least " + SecretariatSetup.MIN_PASSWORD_LENGTH
                    + " characters and at most " + SecretariatSetup.MAX_PASSWORD_BYTES + " bytes, not the username)",
                    e);
        }
    }
}
