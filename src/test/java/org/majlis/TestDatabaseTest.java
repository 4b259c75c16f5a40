package org.majlis;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests' embedded database: the application user (not root) may create scratch databases named {@code majlis_…}
 * and, in the tests only, watch InnoDB's lock waits, which the race harness needs (MariaDB's PROCESS privilege).
 */
@MajlisSpringTest
class TestDatabaseTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_tests_sign_in_as_the_application_user_who_may_watch_lock_waits() {
        assertThat(jdbc.queryForObject("SELECT CURRENT_USER()", String.class)).isEqualTo("majlis@127.0.0.1");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.INNODB_LOCK_WAITS w"
                + " JOIN information_schema.INNODB_TRX t ON t.trx_id = w.blocking_trx_id", Integer.class)).isZero();
    }
}
