package org.majlis.base.ui;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** A database that cannot be reached is told to the user as such (translated, "try again"), not as a bug. */
class DatabaseUnreachableTest {

    @Test
    void no_connection_or_a_broken_one_is_the_database_being_unreachable() {
        assertThat(Messages.databaseUnreachable(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        assertThat(Messages.databaseUnreachable(new CannotGetJdbcConnectionException("Failed to obtain connection",
                new SQLTransientConnectionException("timeout")))).isTrue();
        assertThat(Messages.databaseUnreachable(new IllegalStateException("wrapped",
                new java.sql.SQLNonTransientConnectionException("Socket fail to connect")))).isTrue();
    }

    @Test
    void a_refused_change_or_a_bug_is_not() {
        assertThat(Messages.databaseUnreachable(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(Messages.databaseUnreachable(new NullPointerException())).isFalse();
    }
}
