package org.majlis.base.internal;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** A demo, which publishes its passwords, listens on this machine only unless the operator names an address. */
class DemoLoopbackAddressTest {

    private final DemoLoopbackAddress processor = new DemoLoopbackAddress();

    @Test
    void a_demo_listens_on_the_loopback_address() {
        var environment = new MockEnvironment().withProperty("majlis.demo", "true");

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void an_address_the_operator_sets_wins_over_the_demos_default() {
        var environment = new MockEnvironment().withProperty("majlis.demo", "true")
                .withProperty("server.address", "0.0.0.0");

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("server.address")).isEqualTo("0.0.0.0");
    }

    @Test
    void outside_demo_mode_the_address_is_left_to_the_operator() {
        var environment = new MockEnvironment();

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.containsProperty("server.address")).isFalse();
    }
}
