package org.majlis.audit.internal;

import org.majlis.audit.AuditActorKind;
import org.majlis.audit.AuditEntrySummary;
import org.majlis.audit.AuditFilter;
import org.majlis.audit.AuditKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the trail: one indexed query per page, newest first, with the filter's parts as bound parameters. Reads
 * only: the application has no statement that updates or deletes an entry.
 */
@Component
public class AuditQueries {

    private static final String COLUMNS = "id, at, actor_username, actor_name, actor_kind, record_kind, record_id,"
            + " action, edition_id, room_id, detail";

    private static final RowMapper<AuditEntrySummary> ROW = (rows, number) -> new AuditEntrySummary(
            rows.getLong("id"), rows.getObject("at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
            rows.getString("actor_username"), rows.getString("actor_name"),
            AuditActorKind.valueOf(rows.getString("actor_kind")), kind(rows.getString("record_kind")),
            rows.getObject("record_id", Long.class), rows.getString("action"),
            rows.getObject("edition_id", Long.class), rows.getObject("room_id", Long.class),
            rows.getString("detail"));

    private final JdbcTemplate jdbc;

    AuditQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<AuditEntrySummary> page(AuditFilter filter, long offset, int limit) {
        var where = new Where(filter);
        var arguments = new ArrayList<>(where.arguments);
        arguments.add(limit);
        arguments.add(offset);
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_entry" + where.sql
                + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?", ROW, arguments.toArray());
    }

    public long count(AuditFilter filter) {
        var where = new Where(filter);
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry" + where.sql, Long.class,
                where.arguments.toArray());
        return count == null ? 0 : count;
    }

    /** The accounts that appear in the trail, for the "who" filter. */
    public List<String> accounts() {
        return jdbc.queryForList("SELECT DISTINCT actor_username FROM audit_entry ORDER BY actor_username",
                String.class);
    }

    private static AuditKind kind(String name) {
        try {
            return AuditKind.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return AuditKind.OTHER;
        }
    }

    /** The filter as a WHERE clause with bound parameters. */
    private static final class Where {
        final List<Object> arguments = new ArrayList<>();
        final String sql;

        Where(AuditFilter filter) {
            var parts = new ArrayList<String>();
            if (filter.username() != null && !filter.username().isBlank()) {
                parts.add("actor_username = ?");
                arguments.add(filter.username().strip());
            }
            if (filter.kind() != null) {
                parts.add("record_kind = ?");
                arguments.add(filter.kind().name());
            }
            if (filter.editionId() != null) {
                parts.add("edition_id = ?");
                arguments.add(filter.editionId());
            }
            if (filter.roomId() != null) {
                parts.add("room_id = ?");
                arguments.add(filter.roomId());
            }
            if (filter.from() != null) {
                parts.add("at >= ?");
                arguments.add(filter.from().atOffset(ZoneOffset.UTC).toLocalDateTime());
            }
            if (filter.to() != null) {
                parts.add("at < ?");
                arguments.add(filter.to().atOffset(ZoneOffset.UTC).toLocalDateTime());
            }
            if (filter.recordId() != null) {
                parts.add("record_id = ?");
                arguments.add(filter.recordId());
            }
            sql = parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
        }
    }
}
