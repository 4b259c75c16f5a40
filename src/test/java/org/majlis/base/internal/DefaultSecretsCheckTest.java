package org.majlis.base.internal;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Outside demo mode a published default secret stops the start, with the setting to change named. */
class DefaultSecretsCheckTest {

    private final DefaultSecretsCheck check = new DefaultSecretsCheck();

    @Test
    void the_demo_realms_client_secret_is_refused_outside_demo_mode() {
        var environment = new MockEnvironment()
                .withProperty("majlis.oidc.client-secret", "majlis-demo-secret-not-for-production");

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(UnsafeDefaultsException.class)
                .hasMessageContaining("MAJLIS_OIDC_CLIENT_SECRET")
                .hasMessageNotContaining("SPRING_DATASOURCE_PASSWORD");
    }

    @Test
    void an_empty_client_secret_is_refused_too() {
        var environment = new MockEnvironment().withProperty("majlis.oidc.client-secret", " ");

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("majlis.oidc.client-secret is empty")
                .hasMessageContaining("MAJLIS_OIDC_CLIENT_SECRET");
    }

    @Test
    void the_mariadb_profiles_default_password_is_refused_outside_demo_mode() {
        var environment = new MockEnvironment().withProperty("spring.datasource.password", "majlis");

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(UnsafeDefaultsException.class)
                .hasMessageContaining("SPRING_DATASOURCE_PASSWORD")
                .hasMessageNotContaining("MAJLIS_OIDC_CLIENT_SECRET");
    }

    @Test
    void both_defaults_are_named_at_once() {
        var environment = new MockEnvironment()
                .withProperty("majlis.oidc.client-secret", "majlis-demo-secret-not-for-production")
                .withProperty("spring.datasource.password", "majlis");

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOfSatisfying(UnsafeDefaultsException.class, refused -> assertThat(refused.settings())
                        .containsExactly("MAJLIS_OIDC_CLIENT_SECRET", "SPRING_DATASOURCE_PASSWORD"));
    }

    @Test
    void a_demo_may_use_the_published_secrets() {
        var environment = new MockEnvironment()
                .withProperty("majlis.demo", "true")
                .withProperty("majlis.oidc.client-secret", "majlis-demo-secret-not-for-production")
                .withProperty("spring.datasource.password", "majlis");

        assertThatCode(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void real_secrets_and_the_embedded_default_start() {
        var withSecrets = new MockEnvironment()
                .withProperty("majlis.oidc.client-secret", "3f8c0e0b-real-realm-secret")
                .withProperty("spring.datasource.password", "a-real-database-password");
        assertThatCode(() -> check.postProcessEnvironment(withSecrets, new SpringApplication()))
                .doesNotThrowAnyException();
        assertThatCode(() -> check.postProcessEnvironment(new MockEnvironment(), new SpringApplication()))
                .as("no Keycloak, embedded database").doesNotThrowAnyException();
    }

    @Test
    void the_start_up_report_says_what_to_set() {
        var refused = new UnsafeDefaultsException(java.util.List.of("majlis.oidc.client-secret is the demo realm's"
                + " secret (set MAJLIS_OIDC_CLIENT_SECRET to the client secret of the Keycloak realm)."),
                java.util.List.of("MAJLIS_OIDC_CLIENT_SECRET"));

        var analysis = new UnsafeDefaultsFailureAnalyzer().analyze(refused);

        assertThat(analysis.getDescription()).contains("outside demo mode").contains("MAJLIS_OIDC_CLIENT_SECRET");
        assertThat(analysis.getAction()).startsWith("Set MAJLIS_OIDC_CLIENT_SECRET").contains("MAJLIS_DEMO=true");
    }
}
