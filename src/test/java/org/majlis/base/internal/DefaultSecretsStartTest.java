package org.majlis.base.internal;

import org.junit.jupiter.api.Test;
import org.majlis.Application;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Majlis itself, started as an operator would start the jar with a profile and no secrets set: it stops before
 * anything else starts (no database, no web server) and names the setting to change.
 */
class DefaultSecretsStartTest {

    @Test
    void the_keycloak_profile_with_the_demo_realms_secret_does_not_start_outside_demo_mode() {
        var application = majlis("keycloak");

        assertThatThrownBy(application::run).isInstanceOf(UnsafeDefaultsException.class)
                .hasMessageContaining("MAJLIS_OIDC_CLIENT_SECRET");
    }

    @Test
    void the_mariadb_profile_with_its_default_password_does_not_start_outside_demo_mode() {
        var application = majlis("mariadb");

        assertThatThrownBy(application::run).isInstanceOf(UnsafeDefaultsException.class)
                .hasMessageContaining("SPRING_DATASOURCE_PASSWORD");
    }

    private static SpringApplicationBuilder majlis(String profile) {
        return new SpringApplicationBuilder(Application.class)
                .profiles(profile)
                .web(WebApplicationType.NONE)
                // Were the check missing, nothing embedded would start either: the start fails another way.
                .properties("majlis.embedded-db.enabled=false", "spring.main.banner-mode=off");
    }
}
