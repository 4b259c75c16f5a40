package org.majlis.permissions;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.TreeMap;

/**
 * A checksum of every table of the application's schema (MariaDB's {@code CHECKSUM TABLE}): equal before and after
 * a refused call means the call changed nothing, whatever table it might have touched. The audit trail, which grows
 * with every allowed call of the matrix and has no path that updates or deletes a row (ADR 0051), is fingerprinted
 * by its row count and highest id instead: a refused call must not add an entry either, and reading the whole trail
 * twice per case made the test a fifth slower.
 */
final class DatabaseFingerprint {

    private static final String APPEND_ONLY = "audit_entry";

    private final JdbcTemplate jdbc;
    private final String tables;

    DatabaseFingerprint(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.tables = String.join(", ", jdbc.queryForList("SELECT CONCAT('`', table_name, '`')"
                + " FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'"
                + " AND table_name NOT IN ('flyway_schema_history', '" + APPEND_ONLY + "') ORDER BY table_name",
                String.class));
    }

    /** Table name → checksum of its rows, now. */
    Map<String, Long> take() {
        var sums = new TreeMap<String, Long>();
        jdbc.query("CHECKSUM TABLE " + tables, rs -> {
            sums.put(rs.getString("Table"), rs.getLong("Checksum"));
        });
        jdbc.query("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM " + APPEND_ONLY, rs -> {
            sums.put(APPEND_ONLY + " rows", rs.getLong(1));
            sums.put(APPEND_ONLY + " highest id", rs.getLong(2));
        });
        return sums;
    }
}
