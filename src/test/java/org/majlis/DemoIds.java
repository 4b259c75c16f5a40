package org.majlis;

import org.majlis.meetings.RoomKind;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Looks up the ids of the seeded demo data (editions 15 and 16, their rooms, the demo people) straight from the
 * database, whoever is signed in. For tests only; usable in any test that has the application's
 * {@link JdbcTemplate} (Spring tests and the end-to-end tests, which run the app in-process).
 */
public final class DemoIds {

    private final JdbcTemplate jdbc;

    public DemoIds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of an edition by its number (15 = Geneva 2022, 16 = Astana 2024). */
    public long edition(int number) {
        return jdbc.queryForObject("SELECT id FROM edition WHERE number = ?", Long.class, number);
    }

    /** The id of the room of that kind in the edition with that number. */
    public long room(int editionNumber, RoomKind kind) {
        return jdbc.queryForObject("SELECT r.id FROM room r JOIN edition e ON e.id = r.edition_id"
                + " WHERE e.number = ? AND r.kind = ? ORDER BY r.position, r.id LIMIT 1", Long.class,
                editionNumber, kind.name());
    }

    /** The id of a participant by their username ({@code eco.fao}, {@code pol.chair.un} …). */
    public long participant(String username) {
        return jdbc.queryForObject("SELECT id FROM participant WHERE username = ?", Long.class, username);
    }

    /** The organisation a demo participant speaks for. */
    public long organisationOfParticipant(String username) {
        return jdbc.queryForObject("SELECT organisation_id FROM participant WHERE username = ?", Long.class, username);
    }
}
