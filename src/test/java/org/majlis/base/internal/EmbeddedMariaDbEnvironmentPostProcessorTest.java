package org.majlis.base.internal;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedMariaDbEnvironmentPostProcessorTest {

    private final EmbeddedMariaDbEnvironmentPostProcessor processor = new EmbeddedMariaDbEnvironmentPostProcessor(
            destination -> destination.get()); // logs at once

    @Test
    void an_external_datasource_url_means_no_embedded_database_is_started() {
        var environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mariadb://db.example:3306/majlis");
        processor.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:mariadb://db.example:3306/majlis");
        assertThat(environment.getPropertySources().contains("majlisEmbeddedMariaDb")).isFalse();
    }

    @Test
    void the_embedded_database_can_be_switched_off() {
        var environment = new MockEnvironment().withProperty("majlis.embedded-db.enabled", "false");
        processor.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.datasource.url")).isNull();
        assertThat(environment.getPropertySources().contains("majlisEmbeddedMariaDb")).isFalse();
    }
}
