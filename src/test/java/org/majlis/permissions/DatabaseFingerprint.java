package org.majlis.permissions;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.TreeMap;

/**
 * A checksum of every table of the application's schema (MariaDB's {@code CHECKSUM TABLE}): equal before and after
 * a refused call means the call changed nothing, whatever table it might have touched.
 */
final class DatabaseFingerprint {

    private final JdbcTemplate jdbc;
    private final String tables;

    DatabaseFingerprint(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.tables = String.join(", ", jdbc.queryForList("SELECT CONCAT('`', table_name, '`')"
                + " FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'"
                + " AND table_name <> 'flyway_schema_history' ORDER BY table_name", String.class));
    }

    /** Table name → checksum of its rows, now. */
    Map<String, Long> take() {
        var sums = new TreeMap<String, Long>();
        jdbc.query("CHECKSUM TABLE " + tables, rs -> {
            sums.put(rs.getString("Table"), rs.getLong("Checksum"));
        });
        return sums;
    }
}
