package org.majlis.base;

import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The outage banner's probe: a change is told once to every listener, a probe never throws, nothing repeats. */
class DatabaseHealthTest {

    private final DataSource dataSource = mock(DataSource.class);
    private final Connection connection = mock(Connection.class);
    private final DatabaseHealth health = new DatabaseHealth(dataSource, Duration.ofHours(1)); // probed by hand

    @Test
    void a_pool_that_gives_no_connection_means_down_and_a_valid_connection_means_back_each_told_once() throws Exception {
        var heard = new ArrayList<Boolean>();
        var unsubscribe = health.subscribe(heard::add);
        try {
            doReturn(connection).when(dataSource).getConnection();
            when(connection.isValid(anyInt())).thenReturn(true);
            health.probe();
            assertThat(health.reachable()).isTrue();
            assertThat(heard).isEmpty(); // no change, nothing said

            doThrow(new SQLTransientConnectionException("timed out after 5000ms")).when(dataSource).getConnection();
            health.probe();
            health.probe();
            assertThat(health.reachable()).isFalse();
            assertThat(heard).containsExactly(false);

            doReturn(connection).when(dataSource).getConnection();
            when(connection.isValid(anyInt())).thenReturn(false); // a connection that does not answer
            health.probe();
            assertThat(heard).containsExactly(false);

            when(connection.isValid(anyInt())).thenReturn(true);
            health.probe();
            assertThat(health.reachable()).isTrue();
            assertThat(heard).containsExactly(false, true);
        } finally {
            unsubscribe.run();
            health.destroy();
        }
    }

    @Test
    void a_probe_asked_for_by_a_failed_action_answers_it_even_when_nothing_changed() throws Exception {
        doReturn(connection).when(dataSource).getConnection();
        when(connection.isValid(anyInt())).thenReturn(true);
        var answer = new java.util.concurrent.CompletableFuture<Boolean>();
        health.probeSoon(answer::complete);
        assertThat(answer.get(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        health.destroy();
    }

    @Test
    void a_listener_that_fails_does_not_keep_the_others_from_hearing() throws Exception {
        List<Boolean> heard = new ArrayList<>();
        health.subscribe(down -> {
            throw new IllegalStateException("a closed tab");
        });
        health.subscribe(heard::add);
        doThrow(new SQLTransientConnectionException("refused")).when(dataSource).getConnection();
        health.probe();
        assertThat(heard).containsExactly(false);
        health.destroy();
    }
}
