package org.majlis.demo.bench;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bench's two guards: never outside demo mode, and only from this machine. */
class BenchChecksTest {

    @Test
    void the_bench_refuses_to_start_outside_demo_mode_and_names_the_setting() {
        assertThatThrownBy(() -> BenchSettings.requireDemoMode(true, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("majlis.bench.enabled")
                .hasMessageContaining("MAJLIS_BENCH_ENABLED")
                .hasMessageContaining("demo mode");
    }

    @Test
    void the_refusal_comes_as_soon_as_the_configuration_is_read_before_the_database_starts() {
        var check = new BenchDemoModeCheck();
        var application = new SpringApplication();
        assertThatThrownBy(() -> check.postProcessEnvironment(
                new MockEnvironment().withProperty("majlis.bench.enabled", "true"), application))
                .hasMessageContaining("majlis.bench.enabled");
        assertThatCode(() -> check.postProcessEnvironment(new MockEnvironment()
                .withProperty("majlis.bench.enabled", "true").withProperty("majlis.demo", "true"), application))
                .doesNotThrowAnyException();
        assertThatCode(() -> check.postProcessEnvironment(new MockEnvironment(), application))
                .doesNotThrowAnyException();
    }

    @Test
    void in_demo_mode_or_switched_off_it_starts() {
        assertThatCode(() -> BenchSettings.requireDemoMode(true, true)).doesNotThrowAnyException();
        assertThatCode(() -> BenchSettings.requireDemoMode(false, false)).doesNotThrowAnyException();
    }

    @Test
    void only_loopback_addresses_count_as_this_machine() {
        assertThat(BenchGate.isLoopback("127.0.0.1")).isTrue();
        assertThat(BenchGate.isLoopback("127.0.1.1")).isTrue();
        assertThat(BenchGate.isLoopback("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(BenchGate.isLoopback("::1")).isTrue();

        assertThat(BenchGate.isLoopback("10.0.0.7")).isFalse();
        assertThat(BenchGate.isLoopback("203.0.113.7")).isFalse();
        assertThat(BenchGate.isLoopback("fe80::1")).isFalse();
        assertThat(BenchGate.isLoopback("")).isFalse();
        // a name is never looked up (the container gives addresses; a name could resolve to anything)
        assertThat(BenchGate.isLoopback("localhost")).isFalse();
    }

    @Test
    void usernames_have_five_digits_so_they_sort_in_creation_order() {
        assertThat(BenchUsernames.observers(3)).containsExactly("bench.obs.00001", "bench.obs.00002",
                "bench.obs.00003");
        assertThat(BenchUsernames.delegate(300)).isEqualTo("bench.del.00300");
    }
}
