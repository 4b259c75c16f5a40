package org.majlis.base.internal;

import org.majlis.base.DemoMode;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

import java.util.ArrayList;
import java.util.List;

/**
 * Outside demo mode, refuses to start with a secret that is printed in this repository: the demo realm's OIDC client
 * secret (profile {@code keycloak}) and the {@code mariadb} profile's database password. Runs once the configuration
 * files and profiles are read, and before the embedded database starts, so nothing has happened when it refuses.
 */
public class DefaultSecretsCheck implements EnvironmentPostProcessor, Ordered {

    /** The client secret of {@code config/keycloak/majlis-realm.json} and {@code application-keycloak.yml}. */
    static final String DEMO_OIDC_CLIENT_SECRET = "majlis-demo-secret-not-for-production";
    /** The password of the {@code mariadb} profile and of {@code docker-compose.yml}. */
    static final String DEFAULT_DATABASE_PASSWORD = "majlis";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty(DemoMode.PROPERTY, Boolean.class, false)) {
            return;
        }
        var problems = new ArrayList<String>();
        var settings = new ArrayList<String>();
        if (environment.containsProperty("majlis.oidc.client-secret")) {
            var secret = environment.getProperty("majlis.oidc.client-secret", "");
            if (secret.isBlank() || DEMO_OIDC_CLIENT_SECRET.equals(secret.strip())) {
                problems.add("majlis.oidc.client-secret is " + (secret.isBlank() ? "empty" : "the demo realm's secret")
                        + " (set MAJLIS_OIDC_CLIENT_SECRET to the client secret of the Keycloak realm).");
                settings.add("MAJLIS_OIDC_CLIENT_SECRET");
            }
        }
        if (DEFAULT_DATABASE_PASSWORD.equals(environment.getProperty("spring.datasource.password"))) {
            problems.add("spring.datasource.password is the mariadb profile's default '" + DEFAULT_DATABASE_PASSWORD
                    + "' (set SPRING_DATASOURCE_PASSWORD to the database user's password).");
            settings.add("SPRING_DATASOURCE_PASSWORD");
        }
        if (!problems.isEmpty()) {
            throw new UnsafeDefaultsException(List.copyOf(problems), List.copyOf(settings));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10; // after the configuration files, before EmbeddedMariaDb's processor
    }
}
